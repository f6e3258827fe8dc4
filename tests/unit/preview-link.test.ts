import { describe, expect, it } from "vitest";
import { previewLinkMs, previewPath, signPreviewToken, verifyPreviewToken } from "@/lib/preview-link";
import { contentSecurityPolicy } from "@/server/content-security";
import { routeKind } from "@/server/public-routes";

const secret = "preview-test-secret";
const now = Date.UTC(2026, 10, 30, 12);
const later = now + previewLinkMs;

describe("signed preview links", () => {
  it("open the article they were made for until they expire", () => {
    const token = signPreviewToken(42, later, secret);
    expect(verifyPreviewToken(token, secret, now)).toEqual({ ok: true, articleId: 42, expiresAt: later });
    expect(verifyPreviewToken(token, secret, later - 1).ok).toBe(true);
  });

  it("are refused as expired from their expiry on", () => {
    const token = signPreviewToken(42, later, secret);
    expect(verifyPreviewToken(token, secret, later)).toEqual({ ok: false, reason: "expired" });
    expect(verifyPreviewToken(token, secret, later + 86_400_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("do not open another article when the id is changed", () => {
    const [, expiry, mac] = signPreviewToken(42, later, secret).split(".");
    expect(verifyPreviewToken(`43.${expiry}.${mac}`, secret, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("are invalid, not merely expired, when the expiry is pushed back or the signature touched", () => {
    const [id, expiry, mac] = signPreviewToken(42, later, secret).split(".");
    expect(verifyPreviewToken(`${id}.${Number(expiry) + previewLinkMs}.${mac}`, secret, now).ok).toBe(false);
    expect(verifyPreviewToken(`${id}.${Number(expiry) - previewLinkMs * 2}.${mac}`, secret, now)).toEqual({
      ok: false,
      reason: "invalid",
    });
    const flipped = `${mac.slice(0, -1)}${mac.endsWith("A") ? "B" : "A"}`;
    expect(verifyPreviewToken(`${id}.${expiry}.${flipped}`, secret, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("made with another secret are refused", () => {
    expect(verifyPreviewToken(signPreviewToken(42, later, "another-secret"), secret, now)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuse malformed and hostile tokens without throwing", () => {
    for (const token of [
      undefined,
      null,
      42,
      "",
      "42",
      "42.1.abc",
      "0.1795000000000.x",
      "../../etc/passwd",
      "42.1795000000000.<script>",
      "x".repeat(10_000),
    ]) {
      expect(verifyPreviewToken(token, secret, now)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("live under the article's edition, outside every cached public route, and may be framed by the newsroom only", () => {
    const path = previewPath("gu", signPreviewToken(7, later, secret));
    expect(path).toMatch(/^\/gu\/preview\/7\.\d+\.[\w-]+$/);
    expect(routeKind(path)).toBe("other");
    expect(contentSecurityPolicy([], "'self'")).toContain("frame-ancestors 'self'");
    expect(contentSecurityPolicy([])).toContain("frame-ancestors 'none'");
  });
});

import { describe, expect, it } from "vitest";
import { strayPathEdition } from "@/lib/stray-path";

describe("which edition answers an address outside both editions", () => {
  it("leaves the editions, the newsroom and the home redirect alone", () => {
    for (const path of [
      "/",
      "/gu",
      "/en/article/x",
      "/admin/moderation",
      "/api/auth/session",
      "/media/a.jpg",
      "/sitemaps/news.xml",
      "/_next/static/x.js",
    ]) {
      expect(strayPathEdition(path, "gu")).toBeNull();
    }
  });
  it("leaves files alone", () => {
    expect(strayPathEdition("/robots.txt", "gu")).toBeNull();
    expect(strayPathEdition("/favicon.ico", "en")).toBeNull();
  });
  it("guesses English or Gujarati from the first word of the path", () => {
    expect(strayPathEdition("/en-US/news", "gu")).toBe("en");
    expect(strayPathEdition("/English", "gu")).toBe("en");
    expect(strayPathEdition("/guj/samachar", "en")).toBe("gu");
  });
  it("falls back to the default edition for anything else", () => {
    expect(strayPathEdition("/fr", "gu")).toBe("gu");
    expect(strayPathEdition("/no/such/place", "en")).toBe("en");
    expect(strayPathEdition("/%E0%AA%B8", "gu")).toBe("gu");
  });
});

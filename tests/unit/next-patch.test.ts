import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { nextFilesToPatch, patchSource } from "../../scripts/patch-next";

describe("the Next.js install patch (scripts/patch-next.ts)", () => {
  it("measures only data-cache entries, in the minified and the readable build, and is idempotent", () => {
    const minified = "let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){warn()}";
    const readable =
      "const itemSize = JSON.stringify(data).length;\nif (ctx.fetchCache && itemSize > 2 * 1024 * 1024) {}";
    const once = patchSource(minified);
    expect(once).toBe(
      "let i=r.fetchCache?JSON.stringify(t).length:0;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){warn()}",
    );
    expect(patchSource(once)).toBe(once);
    expect(patchSource(readable)).toContain("const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;");
  });

  // Fails when Next is upgraded and its code no longer matches: look again at IncrementalCache.set.
  it("is applied to the installed Next.js: no page is stringified on its way into the cache", () => {
    const files = nextFilesToPatch();
    const pageRuntime = files.find((file) => file.endsWith("app-page-turbo.runtime.prod.js"));
    expect(pageRuntime).toBeDefined();
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      expect(patchSource(source) === source, file).toBe(true);
    }
    expect(fs.readFileSync(pageRuntime!, "utf8")).toContain(".fetchCache?JSON.stringify(");
  });
});

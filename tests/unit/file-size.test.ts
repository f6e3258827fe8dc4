import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const maxLines = 250;
const source = /\.(ts|tsx|mjs|css)$/;
// Generated migrations, the dictionaries and the demo's words are content, not code to split.
const exempt = [/^db\/migrations\//, /^lib\/i18n\//, /^db\/seed\/stories\//, /^db\/seed\/synthetic-words\.ts$/];

function trackedSources(): string[] {
  return execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" })
    .split("\0")
    .filter((file) => source.test(file) && !exempt.some((rule) => rule.test(file)))
    .filter((file) => fs.existsSync(file));
}

const lineCount = (file: string) => fs.readFileSync(file, "utf8").replace(/\n$/, "").split("\n").length;

describe("the codebase's files", () => {
  it("are found in the repository", () => {
    expect(trackedSources().length).toBeGreaterThan(100);
  });

  it(`stay at or under ${maxLines} lines, so each can be read in one go`, () => {
    const long = trackedSources()
      .map((file) => ({ file, lines: lineCount(file) }))
      .filter(({ lines }) => lines > maxLines)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long, `split these along their natural seams (at most ${maxLines} lines)`).toEqual([]);
  });
});

import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { normaliseSearchInput, searchTerms, toMatchExpression } from "@/lib/search-query";

// The same table definition as migration 0001_search, in memory.
const fts = new Database(":memory:");
fts.exec(
  `create virtual table articles_fts using fts5(title, dek, body, tags, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`,
);
fts
  .prepare("insert into articles_fts values (?, ?, ?, ?)")
  .run("Metro opens", "Ahmedabad to Gandhinagar", "ગુજરાતમાં દેશ અને રાજ્ય", "Metro");
const runs = (match: string) =>
  fts.prepare("select count(*) as n from articles_fts where articles_fts match ?").get(match);
afterAll(() => fts.close());

const hostile = [
  '"',
  '""',
  'metro"',
  '"unbalanced',
  "*",
  "metro*",
  "**metro**",
  "NEAR(",
  "NEAR(metro gandhinagar, 2)",
  "metro AND",
  "AND",
  "OR NOT",
  "metro OR opens NOT gujarat",
  "(metro",
  "metro)",
  "((((",
  "title:metro",
  "{title dek}: metro",
  "^metro",
  "metro - opens",
  "+metro",
  "😀",
  "metro 😀🚇",
  "👨‍👩‍👧‍👦 ગુજરાત",
  "\u0000metro\u0007",
  "\uD800metro",
  "'; drop table articles; --",
  "<script>alert(1)</script>",
  "   ",
  "",
  "a".repeat(10_000),
  "metro ".repeat(2_000),
  "ગુજરાત".repeat(2_000),
  "%22metro%22",
  "\\",
  "metro\\",
];

describe("turning what a person types into a search", () => {
  it.each(hostile)("never produces an FTS5 expression that fails: %j", (input) => {
    const match = toMatchExpression(input);
    if (match !== null) expect(() => runs(match)).not.toThrow();
  });

  it("quotes every word, so operators and punctuation are only ever text", () => {
    expect(toMatchExpression('NEAR(metro "opens" AND) OR *')).toBe('"metro"* "opens"*');
    expect(toMatchExpression("title:metro")).toBe('"title"* "metro"*');
  });

  it("drops FTS keywords typed in capitals but keeps them as ordinary lower-case words", () => {
    expect(searchTerms("rain AND wind NOT hail")).toEqual(["rain", "wind", "hail"]);
    expect(searchTerms("not guilty")).toEqual(["not", "guilty"]);
  });

  it("gives nothing searchable for punctuation, operators or emoji alone", () => {
    for (const input of ["", "   ", '"', "*", "((((", "AND", "NEAR(", "😀🚇", "\u0000", undefined, null]) {
      expect(toMatchExpression(input)).toBeNull();
    }
  });

  it("keeps Gujarati vowel signs and viramas inside words", () => {
    expect(searchTerms("ગુજરાતમાં દેશ; રાષ્ટ્ર!")).toEqual(["ગુજરાતમાં", "દેશ", "રાષ્ટ્ર"]);
    expect(toMatchExpression("દેશ")).toBe('"દેશ"*');
  });

  it("matches words by prefix once they have three characters", () => {
    expect(toMatchExpression("ab metro")).toBe('"ab" "metro"*');
    expect(runs(toMatchExpression("gandhi")!)).toEqual({ n: 1 });
    expect(runs(toMatchExpression("ગુજરાત")!)).toEqual({ n: 1 });
  });

  it("caps a query at 200 characters and 12 words", () => {
    expect(normaliseSearchInput("x".repeat(10_000))).toHaveLength(200);
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(searchTerms(many)).toHaveLength(12);
    expect(Array.from(normaliseSearchInput("ગુ".repeat(500)))).toHaveLength(200);
  });

  it("reads the first value when a parameter is repeated and tidies spaces and Unicode forms", () => {
    expect(normaliseSearchInput(["  metro   line ", "other"])).toBe("metro line");
    expect(normaliseSearchInput("cafe\u0301")).toBe("café");
  });

  it("ignores repeats and letter case", () => {
    expect(searchTerms("Metro metro METRO")).toEqual(["metro"]);
  });
});

import { describe, expect, it } from "vitest";
import { toMatchExpression, toTsQuery } from "@/lib/search-query";
import { hostileSearchInput } from "../helpers/hostile-search-input";

// The PostgreSQL side of lib/search-query.ts (tests/unit/postgres-search-queries.test.ts runs these on PostgreSQL).
describe("turning what a person types into a PostgreSQL text search", () => {
  it("quotes every word as a lexeme and requires them all, so operators and punctuation are only ever text", () => {
    expect(toTsQuery('NEAR(metro "opens" AND) OR *')).toBe("'metro':* & 'opens':*");
    expect(toTsQuery("metro & !x | (y)")).toBe("'metro':* & 'x' & 'y'");
    expect(toTsQuery("metro:* <-> opens")).toBe("'metro':* & 'opens':*");
  });

  it("never lets a quote or a backslash out of its lexeme", () => {
    for (const input of hostileSearchInput) {
      const query = toTsQuery(input);
      if (query === null) continue;
      for (const lexeme of query.split(" & ")) expect(lexeme, input.slice(0, 20)).toMatch(/^'[^'\\]+'(:\*)?$/u);
    }
  });

  it("searches the same words as the SQLite expression, with the same prefix rule", () => {
    const fromTsQuery = (query: string | null) =>
      query!
        .split(" & ")
        .map((lexeme) => ({ word: lexeme.replace(/^'|'(:\*)?$/gu, ""), prefix: lexeme.endsWith(":*") }));
    const fromMatch = (match: string | null) =>
      match!.split(" ").map((term) => ({ word: term.replace(/^"|"\*?$/gu, ""), prefix: term.endsWith("*") }));
    for (const input of ["ab metro", "ગુજરાતમાં દેશ; રાષ્ટ્ર!", "Metro metro METRO", "rain AND wind NOT hail"]) {
      expect(fromTsQuery(toTsQuery(input)), input).toEqual(fromMatch(toMatchExpression(input)));
    }
    expect(toTsQuery("ab metro")).toBe("'ab' & 'metro':*");
    expect(toTsQuery("દેશ")).toBe("'દેશ':*");
  });

  it("gives nothing searchable for punctuation, operators or emoji alone", () => {
    for (const input of ["", "   ", "'", "&|!():*", "((((", "AND", "😀🚇", "\u0000", undefined, null]) {
      expect(toTsQuery(input)).toBeNull();
    }
  });

  it("caps a query at 12 words", () => {
    const many = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
    expect(toTsQuery(many)?.split(" & ")).toHaveLength(12);
  });
});

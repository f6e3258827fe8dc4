import { describe, expect, it } from "vitest";
import { pageCount, pageWindow, parsePage } from "@/lib/pagination";

describe("page numbers from the URL", () => {
  it("treats a missing page as the first", () => expect(parsePage(undefined)).toBe(1));
  it("accepts plain positive integers", () => expect(parsePage("12")).toBe(12));
  it.each(["0", "-1", "abc", "1.5", "01", "1e3", " 2", "", "9999999", "２"])("refuses %j", (raw) => {
    expect(parsePage(raw)).toBeNull();
  });
  it("refuses a repeated parameter", () => expect(parsePage(["1", "2"])).toBeNull());
  it("counts at least one page even when empty", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
  it("shows a window around the current page with gaps", () => {
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });
});

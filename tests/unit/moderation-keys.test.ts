import { describe, expect, it } from "vitest";
import { deskKey, focusAfterAction } from "@/app/admin/moderation/moderation-keys";

const press = (
  key: string,
  extra: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; inField: boolean }> = {},
) => deskKey({ key, altKey: false, ctrlKey: false, metaKey: false, inField: false, ...extra });

describe("the desk's one-key shortcuts", () => {
  it("moves with j and k, acts with a, r and s, ticks with x", () => {
    expect(press("j")).toEqual({ move: 1 });
    expect(press("k")).toEqual({ move: -1 });
    expect(press("a")).toEqual({ intent: "approve" });
    expect(press("r")).toEqual({ intent: "reject" });
    expect(press("s")).toEqual({ intent: "spam" });
    expect(press("x")).toEqual({ toggle: true });
  });
  it("leaves other keys, browser shortcuts and typing alone", () => {
    expect(press("q")).toBeNull();
    expect(press("A")).toBeNull();
    expect(press("r", { ctrlKey: true })).toBeNull();
    expect(press("a", { metaKey: true })).toBeNull();
    expect(press("s", { altKey: true })).toBeNull();
    expect(press("a", { inField: true })).toBeNull();
  });
});

describe("where focus goes after an action", () => {
  it("goes to the comment that took the acted one's place", () => expect(focusAfterAction(1, false, 3)).toBe(1));
  it("goes to the next comment when the acted one stays in the queue", () =>
    expect(focusAfterAction(1, true, 3)).toBe(2));
  it("stays on the last comment at the end of the queue", () => {
    expect(focusAfterAction(2, false, 2)).toBe(1);
    expect(focusAfterAction(2, true, 3)).toBe(2);
  });
  it("has nowhere to go when the queue is empty", () => expect(focusAfterAction(0, false, 0)).toBe(-1));
});

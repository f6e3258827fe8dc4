import { describe, expect, it } from "vitest";
import { keyboardShortcutsSchema } from "@/app/(site)/[lang]/(account)/schema";
import { createUser, getUserById, setKeyboardShortcuts } from "@/db/queries/users";
import { describeOnEngines } from "../helpers/engines";

describeOnEngines(
  "the desk shortcut setting",
  async () => {},
  () => {
    it("is on for a new account and can be turned off and on again", async () => {
      const user = await createUser({
        email: `keys-${Date.now()}@example.test`,
        name: "Keys",
        passwordHash: null,
        role: "editor",
      });
      expect((await getUserById(user.id))?.keyboardShortcuts).toBe(true);
      await setKeyboardShortcuts(user.id, false);
      expect((await getUserById(user.id))?.keyboardShortcuts).toBe(false);
      await setKeyboardShortcuts(user.id, true);
      expect((await getUserById(user.id))?.keyboardShortcuts).toBe(true);
    });
  },
);

describe("the desk shortcut switch", () => {
  it("reads a ticked switch as on and an absent one as off", () => {
    expect(keyboardShortcutsSchema.parse({ shortcuts: "on" })).toEqual({ shortcuts: "on" });
    expect(keyboardShortcutsSchema.parse({})).toEqual({});
  });

  it.each(["off", "", "true", "on".repeat(1000), "<script>"])("refuses the value %j", (value) => {
    expect(keyboardShortcutsSchema.safeParse({ shortcuts: value }).success).toBe(false);
  });
});

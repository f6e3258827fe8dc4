/** What a key pressed inside the desk's list does, or null when it is not a desk shortcut. */
export type DeskKey = { move: 1 | -1 } | { intent: "approve" | "reject" | "spam" } | { toggle: true };

const keys: Record<string, DeskKey> = {
  j: { move: 1 },
  k: { move: -1 },
  a: { intent: "approve" },
  r: { intent: "reject" },
  s: { intent: "spam" },
  x: { toggle: true },
};

/** A modifier means a browser or system shortcut, and keys typed into a field belong to the field. */
export function deskKey(event: {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  inField: boolean;
}): DeskKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.inField) return null;
  return keys[event.key] ?? null;
}

/**
 * Which row takes focus after an action on row `index`: the comment that took its
 * place when it left the queue, or the one after it when it stayed (featuring);
 * -1 when the queue is empty.
 */
export function focusAfterAction(index: number, stayed: boolean, length: number): number {
  if (length === 0) return -1;
  return Math.min(stayed ? index + 1 : index, length - 1);
}

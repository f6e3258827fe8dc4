// React's reply encoding (how a browser sends a server action's arguments): strings that start
// with "$" are typed values or references to other parts of the body. Next 16.4 / React 19 answer
// a reference to a part that is not there, an opaque client value ("$T") or a stream, blob or
// server reference that does not decode with a 500, before any of our code runs. The portal's
// actions take (state, form) only: a browser's call holds plain values, the form ("$K…") and, for
// an object it meets twice, a path into a JSON part ("$0:a:b"). Anything else is refused first.

/** Typed values that stand alone (escaped "$", form, undefined, ±Infinity, -0, NaN, date, bigint). */
const standalone = new Set(["$", "K", "u", "I", "-", "N", "D", "n"]);

function valueIsSound(value: string, models: ReadonlySet<number>): boolean {
  if (value[0] !== "$" || value.length === 1) return true;
  if (standalone.has(value[1])) return value[1] !== "n" || value.length <= 302;
  if (!/^\$[0-9a-f]+(?::[^:]*)*$/.test(value)) return false;
  return models.has(parseInt(value.slice(1).split(":")[0], 16));
}

function isSound(value: unknown, models: ReadonlySet<number>, depth = 0): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") return valueIsSound(value, models);
  if (Array.isArray(value)) return value.every((item) => isSound(item, models, depth + 1));
  if (value && typeof value === "object") return Object.values(value).every((item) => isSound(item, models, depth + 1));
  return true;
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** True when an action's argument list decodes: `models` maps each JSON part's id to its text (a text body is part 0). */
export function replyIsSound(models: ReadonlyMap<number, string>): boolean {
  if (!models.has(0)) return false;
  const ids = new Set(models.keys());
  for (const [, text] of models) {
    const parsed = parse(text);
    if (!parsed.ok || !isSound(parsed.value, ids)) return false;
  }
  return true;
}

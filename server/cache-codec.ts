// Next's cache values hold Buffers (a page's RSC payload, a route's body) and Maps (a page's
// segment data) beside plain JSON. Stored in Redis as JSON with those two marked, so what is
// read back is what was stored, byte for byte.

type Marked = { $bytes: string } | { $map: [string, unknown][] };

export function encodeValue(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, converted: unknown) {
    // `this[key]` is the value before its own toJSON (a Buffer's would give an array of numbers).
    const original = this[key];
    if (ArrayBuffer.isView(original)) {
      return { $bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString("base64") };
    }
    if (original instanceof Map) return { $map: [...original.entries()] };
    return converted;
  });
}

export function decodeValue<T>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const marked = value as Marked;
      if ("$bytes" in marked && typeof marked.$bytes === "string") return Buffer.from(marked.$bytes, "base64");
      if ("$map" in marked && Array.isArray(marked.$map)) return new Map(marked.$map);
    }
    return value;
  }) as T;
}

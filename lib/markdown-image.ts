// The editor's "Insert image" button: the short Markdown form lib/markdown.ts renders (and sizes) for
// images of the media library.

/** The body with a Markdown image for `item` put in at the cursor, as a paragraph of its own; and where the cursor goes after it. */
export function withImageAt(
  body: string,
  at: number,
  item: { path: string },
  alt: string,
): { body: string; cursor: number } {
  const before = body.slice(0, at);
  const after = body.slice(at);
  const image = `![${alt.replace(/[[\]\\\n\r]/g, " ").trim()}](/media/${item.path})`;
  const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const tail = after === "" || after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  const inserted = `${lead}${image}${tail}`;
  return { body: before + inserted + after, cursor: before.length + inserted.length };
}

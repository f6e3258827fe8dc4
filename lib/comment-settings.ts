/** The longest comment a reader may post, in characters (UTF-16 code units, as the browser's maxlength counts). */
export const commentMaxLength = 5000;

/** The longest note a reader may add to a report. */
export const reportNoteMaxLength = 500;

export type CommentSettings = {
  /** Earlier approved comments after which a commenter's new comments skip moderation. */
  trustThreshold: number;
  /** A second comment by the same person within this many seconds is refused as too quick. */
  floodSeconds: number;
  /** How long after posting a commenter may still edit their comment. */
  editMinutes: number;
  maxLength: number;
};

export const commentDefaults: CommentSettings = {
  trustThreshold: 3,
  floodSeconds: 15,
  editMinutes: 15,
  maxLength: commentMaxLength,
};

function wholeNumber(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}

// The comment rules that come from the environment; the ones an admin edits are added by
// getModerationSettings() in app/(site)/reads/moderation-settings.ts.
export function commentSettings(env: Record<string, string | undefined> = process.env): CommentSettings {
  return {
    trustThreshold: wholeNumber(env.COMMENT_TRUST_THRESHOLD, commentDefaults.trustThreshold),
    floodSeconds: wholeNumber(env.COMMENT_FLOOD_SECONDS, commentDefaults.floodSeconds),
    editMinutes: wholeNumber(env.COMMENT_EDIT_MINUTES, commentDefaults.editMinutes),
    maxLength: commentMaxLength,
  };
}

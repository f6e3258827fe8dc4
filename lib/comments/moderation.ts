import { heldReasonCode, type ScreenResult } from "./screen";

/** "new-author", or a screening reason such as "links:3" or "suspect-word:…" (see lib/comments/screen.ts). */
export type HeldReason = string;

export type ModerationInput = {
  commentsOpen: boolean;
  banned: boolean;
  trusted: boolean;
  /** The author's earlier approved comments, anywhere on the site. */
  approvedCount: number;
  trustThreshold: number;
  /** The text checked against the admin's word lists and link limit. */
  screen?: ScreenResult;
};

export type ModerationDecision =
  | { outcome: "refused"; reason: "closed" | "banned" }
  | { outcome: "approved" }
  | { outcome: "pending"; heldReason: HeldReason }
  | { outcome: "rejected"; heldReason: HeldReason };

/** What happens to a new comment: refused, published at once, or held for a moderator. */
export function decideModeration(input: ModerationInput): ModerationDecision {
  if (input.banned) return { outcome: "refused", reason: "banned" };
  if (!input.commentsOpen) return { outcome: "refused", reason: "closed" };
  if (input.screen?.reason)
    return {
      outcome: input.screen.verdict === "reject" ? "rejected" : "pending",
      heldReason: heldReasonCode(input.screen.reason),
    };
  if (input.trusted || input.approvedCount >= input.trustThreshold) return { outcome: "approved" };
  return { outcome: "pending", heldReason: "new-author" };
}

import type { ThreadRow } from "./thread";

/** What /api/viewer tells a public page about the person reading it. */
export type Viewer = {
  status: "signed-out" | "banned" | "active";
  /** `trusted`: their comments skip moderation (staff, or enough approved comments). */
  user?: { id: number; name: string; trusted: boolean };
  article?: {
    id: number;
    open: boolean;
    /** Their own comments still waiting for a moderator: only they see these. */
    pending: ThreadRow[];
    /** Their comments still inside the edit window, with the text to edit. */
    editable: { id: number; body: string }[];
    /** Every live comment of theirs on the article (they may delete these, and not report them). */
    ownIds: number[];
  };
};

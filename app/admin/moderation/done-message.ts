import { type Dictionary, fill } from "@/lib/i18n";
import type { DeskIntent } from "./schema";

type Desk = Dictionary["moderation"]["desk"];

const counted = (count: number, one: string, many: string) => (count === 1 ? one : fill(many, { count }));

/** The desk's status line after a bulk action, with "1 author" / "2 authors" in either language. */
export function doneMessage(t: Desk, intent: DeskIntent, count: number, people: number): string {
  if (intent !== "ban") return fill(t.done[intent], { count });
  return fill(t.done.ban, {
    people: counted(people, t.banAuthorsOne, t.banAuthors),
    count: counted(count, t.banCommentsOne, t.banComments),
  });
}

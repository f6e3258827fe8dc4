import "server-only";
import { findArticle, type QueueFilter } from "@/db/queries/moderation-queues";
import { findPerson } from "@/db/queries/people";
import { type Dictionary, fill, isEdition } from "@/lib/i18n";
import type { DeskSearch } from "./schema";

const articlePath = /^\/(gu|en)\/article\/([^/?#]+)\/?$/;

/** "123", "/en/article/some-slug" or a full address of the story on the site. */
function articleRef(text: string) {
  if (/^\d{1,15}$/.test(text)) return { id: Number(text) };
  let pathname = text;
  try {
    pathname = new URL(text, "http://portal.invalid").pathname;
  } catch {
    return null;
  }
  const match = articlePath.exec(pathname);
  if (!match || !isEdition(match[1])) return null;
  try {
    return { edition: match[1], slug: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}

/** The filters typed on the desk, resolved to ids, with what they show and what could not be found. */
export async function resolveDeskFilters(search: DeskSearch, t: Dictionary["moderation"]["desk"]) {
  const filter: QueueFilter = {};
  const notes: string[] = [];
  const problems: string[] = [];
  if (search.article) {
    const ref = articleRef(search.article);
    const article = ref ? await findArticle(ref) : null;
    if (article) {
      filter.articleId = article.id;
      notes.push(fill(t.showingArticle, { title: article.title }));
    } else problems.push(fill(t.unknownArticle, { value: search.article }));
  }
  if (search.author) {
    const text = search.author;
    const person = await findPerson(/^\d{1,15}$/.test(text) ? { id: Number(text) } : { email: text.toLowerCase() });
    if (person) {
      filter.authorId = person.id;
      notes.push(fill(t.showingAuthor, { name: person.name }));
    } else problems.push(fill(t.unknownAuthor, { value: text }));
  }
  // A filter that matches nothing shows nothing, rather than silently showing everything.
  const impossible = problems.length > 0;
  return { filter, notes, problems, impossible };
}

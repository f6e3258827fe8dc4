import type { Edition, NotificationKind } from "@/db/schema";
import { accountPaths } from "@/lib/account-paths";
import { fill, getDictionary } from "@/lib/i18n";
import type { Mail } from "@/lib/mail";
import { paths } from "@/lib/paths";
import { siteName } from "@/lib/site";
import { signUnsubscribe } from "@/lib/unsubscribe-token";

/** What one notification mail says: everything comes from the database at send time. */
export type NoticeFacts = {
  kind: NotificationKind;
  userId: number;
  to: string;
  readerName: string;
  lang: Edition;
  articleSlug: string;
  articleTitle: string;
  commentId: number;
  commentBody: string;
  /** Who wrote the reply (the newsroom's name for a desk reply); unused for an approval. */
  replierName: string;
};

const excerptLength = 300;

/** The comment quoted in the mail: trimmed, cut at a word, each line marked as a quote. */
export function quoteExcerpt(body: string): string {
  const text = body.trim();
  const cut = text.length <= excerptLength ? text : `${text.slice(0, excerptLength).replace(/\s+\S*$/, "")}…`;
  return cut
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

/** Where an unsubscribe link points: the page for people, the API route for mail programs (one-click POST). */
export function unsubscribeQuery(userId: number, kind: NotificationKind, secret?: string): string {
  return new URLSearchParams({ user: String(userId), kind, sig: signUnsubscribe(userId, kind, secret) }).toString();
}

/** The mail in the reader's edition language, with the one-click unsubscribe headers of RFC 8058. */
export function notificationMail(facts: NoticeFacts, siteUrl: string, secret?: string): Mail {
  const t = getDictionary(facts.lang).notifications;
  const query = unsubscribeQuery(facts.userId, facts.kind, secret);
  const unsubscribePage = `${siteUrl}/${facts.lang}/unsubscribe?${query}`;
  const oneClick = `${siteUrl}/api/unsubscribe?${query}&lang=${facts.lang}`;
  const approved = facts.kind === "comment-approved";
  const values = {
    name: facts.readerName,
    title: facts.articleTitle,
    replier: facts.replierName,
    excerpt: quoteExcerpt(facts.commentBody),
    link: `${siteUrl}${paths.article(facts.lang, facts.articleSlug)}#comment-${facts.commentId}`,
  };
  const footer = fill(approved ? t.approvedFooter : t.replyFooter, {
    unsubscribe: unsubscribePage,
    account: `${siteUrl}${accountPaths.account(facts.lang)}`,
    site: siteName(facts.lang),
  });
  return {
    to: facts.to,
    subject: fill(approved ? t.approvedSubject : t.replySubject, values),
    text: fill(approved ? t.approvedBody : t.replyBody, { ...values, footer }),
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

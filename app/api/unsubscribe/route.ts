import { unsubscribe } from "@/db/queries/notifications";
import { tryWrite } from "@/db/write";
import { getDictionary, isEdition } from "@/lib/i18n";
import { unsubscribeSchema } from "@/lib/notifications/unsubscribe-schema";
import { site } from "@/lib/site";
import { verifyUnsubscribe } from "@/lib/unsubscribe-token";

// The List-Unsubscribe address of every notification mail (RFC 8058). Mail programs POST to it
// without any session ("one-click"); the HMAC in the address is the proof of who asks.

const noStore = { "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" };

function read(request: Request) {
  const query = new URL(request.url).searchParams;
  const raw = query.get("lang") ?? "";
  const lang = isEdition(raw) ? raw : site.defaultEdition;
  const parsed = unsubscribeSchema.safeParse({
    user: query.get("user"),
    kind: query.get("kind"),
    sig: query.get("sig"),
  });
  return { lang, parsed };
}

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });

export async function POST(request: Request) {
  const { lang, parsed } = read(request);
  const t = getDictionary(lang);
  if (!parsed.success || !verifyUnsubscribe(parsed.data.user, parsed.data.kind, parsed.data.sig))
    return text(t.notifications.unsubscribe.invalid, 400);
  const saved = await tryWrite(() => unsubscribe(parsed.data.user, parsed.data.kind));
  if (!saved.ok) return text(t.account.notSaved, 503);
  if (!saved.value) return text(t.notifications.unsubscribe.invalid, 404);
  return text(
    parsed.data.kind === "comment-approved"
      ? t.notifications.unsubscribe.doneApproved
      : t.notifications.unsubscribe.doneReply,
    200,
  );
}

/** Opened in a browser, the address asks first: a link scanner's GET must not unsubscribe anyone. */
export function GET(request: Request) {
  const { lang, parsed } = read(request);
  const query = parsed.success
    ? `?${new URLSearchParams({ user: String(parsed.data.user), kind: parsed.data.kind, sig: parsed.data.sig })}`
    : "";
  return new Response(null, { status: 303, headers: { ...noStore, Location: `/${lang}/unsubscribe${query}` } });
}

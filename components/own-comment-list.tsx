import Link from "next/link";
import type { Comment, Edition } from "@/db/schema";
import type { Dictionary } from "@/lib/i18n";
import { paths } from "@/lib/paths";
import { TimeStamp } from "./time-stamp";

export type OwnCommentView = Pick<Comment, "id" | "body" | "status" | "createdAt"> & {
  story: { edition: Edition; slug: string; title: string; visible: boolean };
};

type Props = { lang: Edition; text: Dictionary["account"]; comments: OwnCommentView[] };

export function OwnCommentList({ lang, text, comments }: Props) {
  if (comments.length === 0) return <p className="text-muted">{text.page.noComments}</p>;
  return (
    <ol className="flex flex-col gap-3">
      {comments.map((comment) => (
        <li key={comment.id} className="rounded border border-line p-3">
          <p className="text-sm">
            <span className="font-semibold">{text.status[comment.status]}</span> ·{" "}
            <TimeStamp ms={comment.createdAt} lang={lang} className="text-muted" />
          </p>
          <p lang={comment.story.edition} className="mt-1 line-clamp-4 whitespace-pre-line break-words">
            {comment.body}
          </p>
          <p className="mt-1 text-sm">
            {comment.story.visible ? (
              <Link
                href={`${paths.article(comment.story.edition, comment.story.slug)}#comments`}
                className="text-brand underline"
              >
                <StoryTitle template={text.page.onStory} story={comment.story} />
              </Link>
            ) : (
              <StoryTitle template={text.page.onStory} story={comment.story} />
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** "On: {title}", the title marked with its own edition's language (a comment may sit on the other edition). */
function StoryTitle({ template, story }: { template: string; story: OwnCommentView["story"] }) {
  const [before, after] = template.split("{title}");
  return (
    <>
      {before}
      <span lang={story.edition}>{story.title}</span>
      {after}
    </>
  );
}

import { withDatabase } from "./comment-thread";

type Edition = "gu" | "en";

/** One published story with a picture and at least one approved comment, in the edition asked for. */
function storyWithComments(lang: Edition): string {
  return withDatabase(
    (db) =>
      (
        db
          .prepare(
            `select a.slug from articles a join comments c on c.article_id = a.id and c.status = 'approved'
     where a.edition = ? and a.status = 'published' and a.deleted_at is null and a.image_path is not null
     group by a.id order by count(c.id) desc limit 1`,
          )
          .get(lang) as { slug: string } | undefined
      )?.slug ??
      withDatabase(
        (inner) =>
          (
            inner
              .prepare(
                "select slug from articles where edition = ? and status = 'published' and deleted_at is null and image_path is not null limit 1",
              )
              .get(lang) as { slug: string }
          ).slug,
      ),
  );
}

function firstSlug(sql: string, lang: Edition): string {
  return withDatabase((db) => (db.prepare(sql).get(lang) as { slug: string }).slug);
}

/** Every public page type of an edition, as a reader reaches it. */
export function publicPages(lang: Edition) {
  const tag = firstSlug(
    `select t.slug from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id
     where a.edition = ? and a.status = 'published' group by t.id order by count(*) desc limit 1`,
    lang,
  );
  const author = withDatabase(
    (db) =>
      (
        db
          .prepare(
            "select u.slug from users u join articles a on a.author_id = u.id where a.edition = ? and u.slug is not null group by u.id limit 1",
          )
          .get(lang) as { slug: string }
      ).slug,
  );
  const story = storyWithComments(lang);
  return {
    home: `/${lang}`,
    article: `/${lang}/article/${story}`,
    comments: `/${lang}/article/${story}/comments/newest/1`,
    section: `/${lang}/category/cricket`,
    tag: `/${lang}/tag/${tag}`,
    author: `/${lang}/author/${author}`,
    search: `/${lang}/search?q=${lang === "gu" ? "%E0%AA%AE%E0%AB%87%E0%AA%9F%E0%AB%8D%E0%AA%B0%E0%AB%8B" : "metro"}`,
    signIn: `/${lang}/sign-in`,
    signUp: `/${lang}/sign-up`,
    forgotPassword: `/${lang}/forgot-password`,
    resetPassword: `/${lang}/reset-password`,
    notFound: `/${lang}/no-such-page`,
    missingStory: `/${lang}/article/no-such-story`,
  };
}

export { storyWithComments };

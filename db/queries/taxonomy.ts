import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "../index";
import { articleTags, categories, type Edition, tags, users } from "../schema";

export function listCategories() {
  return db.select().from(categories).orderBy(asc(categories.position), asc(categories.id)).all();
}

export function getCategoryBySlug(slug: string) {
  return db.select().from(categories).where(eq(categories.slug, slug)).get() ?? null;
}

export function getTagBySlug(lang: Edition, slug: string) {
  return (
    db
      .select()
      .from(tags)
      .where(and(eq(tags.edition, lang), eq(tags.slug, slug)))
      .get() ?? null
  );
}

export function listArticleTags(articleId: number) {
  return db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name))
    .all();
}

export function getAuthorBySlug(slug: string) {
  return (
    db
      .select({
        id: users.id,
        slug: users.slug,
        name: users.name,
        nameGu: users.nameGu,
        bio: users.bio,
        bioGu: users.bioGu,
      })
      .from(users)
      .where(eq(users.slug, slug))
      .get() ?? null
  );
}

import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { db } from "../index";
import { type Edition } from "../schema";
import { articleTags, categories, tags, users } from "../tables";

export async function listCategories() {
  return await db.select().from(categories).orderBy(asc(categories.position), asc(categories.id));
}

export async function getCategoryBySlug(slug: string) {
  return (await db.select().from(categories).where(eq(categories.slug, slug)).limit(1))[0] ?? null;
}

export async function getTagBySlug(lang: Edition, slug: string) {
  return (
    (
      await db
        .select()
        .from(tags)
        .where(and(eq(tags.edition, lang), eq(tags.slug, slug)))
        .limit(1)
    )[0] ?? null
  );
}

export async function listArticleTags(articleId: number) {
  return await db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
}

export async function getAuthorBySlug(slug: string) {
  return (
    (
      await db
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
        .limit(1)
    )[0] ?? null
  );
}

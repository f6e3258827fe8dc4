import Database from "better-sqlite3";

/** The e2e server's own database (a fresh temporary file per `npm test`), for arranging what a test needs. */
export function testDatabase(): Database.Database {
  const file = process.env.DATABASE_PATH;
  if (!file) throw new Error("DATABASE_PATH is not set: run end-to-end tests through `npm test`");
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}

/**
 * Adds a section of its own with `count` published English stories. A new
 * section has never been read, so no cached page or prefetch can hide them.
 */
export function addSectionWithStories(sectionSlug: string, name: string, count: number): string[] {
  const db = testDatabase();
  try {
    db.prepare("insert into categories (slug, name_en, name_gu, position) values (?, ?, ?, 99)").run(
      sectionSlug,
      name,
      name,
    );
    const category = db.prepare("select id from categories where slug = ?").get(sectionSlug) as { id: number };
    const author = db.prepare("select id from users where slug = 'kiran-patel'").get() as { id: number };
    const insert = db.prepare(
      `insert into articles (edition, slug, title, dek, body, category_id, author_id, status, published_at, updated_at)
       values ('en', ?, ?, 'A short summary.', 'A paragraph of text.', ?, ?, 'published', ?, ?)`,
    );
    const now = Date.now();
    const slugs: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const slug = `${sectionSlug}-${i + 1}`;
        const at = now - 10 * 24 * 3600e3 - i * 60_000;
        insert.run(slug, `${name} story number ${i + 1}`, category.id, author.id, at, at);
        slugs.push(slug);
      }
    })();
    return slugs;
  } finally {
    db.close();
  }
}

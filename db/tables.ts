import * as pgSchema from "./schema-pg";
import * as sqliteSchema from "./schema";
import { databaseEngine } from "./engine";

// Query code builds on these, never on db/schema directly: on PostgreSQL the same-named pg-core
// tables (booleans, identity columns) must be the ones in the SQL. They are typed as the SQLite
// tables so one query compiles for both engines; row types (`Article`, `Edition`) stay in db/schema.

const pickTables = (s: typeof sqliteSchema) => ({
  articleAutosaves: s.articleAutosaves,
  articleCorrections: s.articleCorrections,
  articlePresence: s.articlePresence,
  articleRevisions: s.articleRevisions,
  articles: s.articles,
  articleTags: s.articleTags,
  categories: s.categories,
  commentReports: s.commentReports,
  comments: s.comments,
  commentStatusCounts: s.commentStatusCounts,
  liveBlogs: s.liveBlogs,
  liveUpdates: s.liveUpdates,
  loginAttempts: s.loginAttempts,
  mailPreferences: s.mailPreferences,
  media: s.media,
  moderationLog: s.moderationLog,
  notificationOutbox: s.notificationOutbox,
  passwordResetTokens: s.passwordResetTokens,
  settings: s.settings,
  signUpRequests: s.signUpRequests,
  tags: s.tags,
  usedFormStamps: s.usedFormStamps,
  users: s.users,
});

export type EngineKind = "sqlite" | "postgres";

export function tablesFor(kind: EngineKind) {
  return pickTables(kind === "postgres" ? (pgSchema as unknown as typeof sqliteSchema) : sqliteSchema);
}

function configuredKind(): EngineKind {
  try {
    return databaseEngine().kind;
  } catch {
    return "sqlite"; // a malformed DATABASE_URL is reported by db/index.ts when the database is opened
  }
}

export let {
  articleAutosaves,
  articleCorrections,
  articlePresence,
  articleRevisions,
  articles,
  articleTags,
  categories,
  commentReports,
  comments,
  commentStatusCounts,
  liveBlogs,
  liveUpdates,
  loginAttempts,
  mailPreferences,
  media,
  moderationLog,
  notificationOutbox,
  passwordResetTokens,
  settings,
  signUpRequests,
  tags,
  usedFormStamps,
  users,
} = tablesFor(configuredKind());

/** Points every query at the other engine's tables (live bindings): only db/index.ts's engine switch calls it. */
export function selectEngineTables(kind: EngineKind): void {
  ({
    articleAutosaves,
    articleCorrections,
    articlePresence,
    articleRevisions,
    articles,
    articleTags,
    categories,
    commentReports,
    comments,
    commentStatusCounts,
    liveBlogs,
    liveUpdates,
    loginAttempts,
    mailPreferences,
    media,
    moderationLog,
    notificationOutbox,
    passwordResetTokens,
    settings,
    signUpRequests,
    tags,
    usedFormStamps,
    users,
  } = tablesFor(kind));
}

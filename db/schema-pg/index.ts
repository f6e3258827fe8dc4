// The PostgreSQL schema, one file per area mirroring db/schema/ (the SQLite one); drizzle-kit reads it
// through drizzle.pg.config.ts. tests/unit/schema-parity.test.ts fails when the two disagree.
export * from "./users";
export * from "./articles";
export * from "./article-editing";
export * from "./comments";
export * from "./audit";
export * from "./settings";
export * from "./media";
export * from "./live-blogs";
export * from "./notifications";

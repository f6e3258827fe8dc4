// The SQLite schema, one file per area; drizzle-kit reads the tables from this index (drizzle.config.ts).
export * from "./users";
export * from "./articles";
export * from "./article-editing";
export * from "./comments";
export * from "./audit";
export * from "./settings";
export * from "./media";
export * from "./live-blogs";
export * from "./notifications";

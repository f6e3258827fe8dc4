import { defineConfig } from "drizzle-kit";

// The PostgreSQL schema and its migrations (drizzle.config.ts keeps the SQLite ones).
// Generating needs no database; `npm run db:generate:pg`.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg/index.ts",
  out: "./db/migrations-pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgresql://localhost/portal" },
});

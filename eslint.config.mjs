import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// The layering rules of the codebase (see README, "Architecture"), checked on every lint.
// Each folder gets one no-restricted-imports entry (a later entry for the same files would replace it).
const noRoutes = {
  group: ["@/app/*", "**/app/*"],
  message: "Routes depend on shared code, never the other way round.",
};
// The store is the bottom layer: routes, components and the access module call it, never the reverse.
const storeBelowCallers = {
  regex: "^(@/(app|components|auth)|(\\.\\./)+(app|components|auth))(/.*)?$",
  message: "db/ is the store: it imports nothing from app/, components/ or auth/ (callers pass ready values).",
};
const boundaries = [
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // the database (its schema's types and constants excepted), next/*, next-auth, the access module
              regex:
                "^(@/db(/(?!schema$).*)?|(\\.\\./)+db(/(?!schema$).*)?|next(/.*)?|next-auth(/.*)?|@/auth(/.*)?|server-only)$",
              allowTypeImports: true,
              message:
                "lib/ holds pure helpers: no database, no next/*, no auth (put it in auth/, db/ or beside its route).",
            },
            noRoutes,
          ],
        },
      ],
    },
  },
  {
    files: ["db/**"],
    // The seed is a program that fills the store, not the store: it may use lib/'s pure helpers
    // (slugs, Markdown, password hashing), as the app does.
    ignores: ["db/seed/**", "db/seed.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib|(\\.\\./)+lib)(/.*)?$",
              message:
                "db/ imports nothing from lib/: the caller builds the value (slug, search expression) and passes it in; a type the query returns lives beside the query.",
            },
            storeBelowCallers,
          ],
        },
      ],
    },
  },
  {
    files: ["db/seed/**", "db/seed.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [storeBelowCallers] }] },
  },
  {
    // Shared components get their data through props: a route's own components live beside it in app/.
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // the shapes of rows are welcome as types (`Pick<Article, …>`), the database itself is not
              regex: "^(@/db|(\\.\\./)+db)(/.*)?$",
              allowTypeImports: true,
              message: "components/ reads nothing itself: take the data as props (types from db/ are fine).",
            },
            {
              regex: "^(@/auth|(\\.\\./)+auth|next-auth)(/.*)?$",
              message: "components/ does not ask who is calling: the page does, and passes what the component needs.",
            },
            noRoutes,
          ],
        },
      ],
    },
  },
  {
    files: ["auth/**", "auth.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noRoutes] }] },
  },
];

// Queries run on SQLite and PostgreSQL alike: a Drizzle builder is awaited, never run with
// better-sqlite3's synchronous `.get()`, `.all()`, `.run()` or `.values()`, which PostgreSQL's has not.
// Raw better-sqlite3 statements (`x.prepare(sql).get()`) stay allowed: the seed, the migrations,
// tests and benchmarks that arrange a SQLite file use them on purpose.
const awaitQueries = {
  files: ["**/*.ts", "**/*.tsx"],
  ignores: ["db/seed/**", "db/seed.ts", "db/migrate*.ts", "db/connection.ts"],
  rules: {
    "no-restricted-syntax": [
      "error",
      {
        selector:
          "CallExpression[arguments.length=0][callee.type='MemberExpression'][callee.property.name=/^(get|all|run|values)$/]:not([callee.object.callee.property.name='prepare'])",
        message:
          "Await the query instead (`await q`, `(await q.limit(1))[0]`, `(await q.returning())[0]`): .get/.all/.run/.values are SQLite-only and synchronous. For a Map or Set, iterate it directly.",
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...boundaries,
  awaitQueries,
  // `const { secret, ...rest } = row` is how a field is left out of a copy
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  prettier,
  globalIgnores([".next/**", ".next-*/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);

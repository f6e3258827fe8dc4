import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// The layering rules of the codebase (see README, "Architecture"), checked on every lint.
// (Still to come: components/ and db/ free of app/, db/ free of lib/.)
const noRoutes = {
  group: ["@/app/*", "**/app/*"],
  message: "Routes depend on shared code, never the other way round.",
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
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  ...boundaries,
  prettier,
  globalIgnores([".next/**", ".next-*/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);

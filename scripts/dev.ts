import { seedIfEmpty } from "../db/seed";
import { prepareEnv } from "./env";
import { run } from "./run";

// `npm run dev`: a migrated, seeded database, then the dev server.
const env = prepareEnv();
Object.assign(process.env, env);
await seedIfEmpty();
process.exit(await run("node_modules/.bin/next", ["dev", ...process.argv.slice(2)], env));

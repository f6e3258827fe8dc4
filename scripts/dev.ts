import { startNotificationSender } from "../mailer/notification-sender";
import { prepareEnv } from "./env";
import { prepareDatabase } from "./prepare-database";
import { run } from "./run";

// `npm run dev`: a migrated, seeded database, then the dev server.
const env = prepareEnv();
Object.assign(process.env, env);
await prepareDatabase();
// `next dev` runs in a child process; reader notifications are mailed from this one.
startNotificationSender();
process.exit(await run("node_modules/.bin/next", ["dev", ...process.argv.slice(2)], env));

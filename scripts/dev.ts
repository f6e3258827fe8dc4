import { seedIfEmpty } from "../db/seed";
import { startNotificationSender } from "../mailer/notification-sender";
import { refuseUnreadyEngine } from "./engine-check";
import { prepareEnv } from "./env";
import { run } from "./run";

// `npm run dev`: a migrated, seeded database, then the dev server.
refuseUnreadyEngine();
const env = prepareEnv();
Object.assign(process.env, env);
await seedIfEmpty();
// `next dev` runs in a child process; reader notifications are mailed from this one.
startNotificationSender();
process.exit(await run("node_modules/.bin/next", ["dev", ...process.argv.slice(2)], env));

import { sqliteDatabasePath } from "../db/engine";

/** Stops an entry point with one clear sentence when DATABASE_URL asks for an engine the portal cannot run on yet. */
export function refuseUnreadyEngine(env: NodeJS.ProcessEnv = process.env): void {
  try {
    sqliteDatabasePath(env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Settings every entry point shares. AUTH_SECRET, when not given, is generated
 * once and kept in a git-ignored file beside the database.
 */
export function prepareEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const dataDir = path.dirname(path.resolve(env.DATABASE_PATH ?? "./data/portal.db"));
  let secret = env.AUTH_SECRET;
  if (!secret) {
    const file = path.join(dataDir, ".auth-secret");
    if (!fs.existsSync(file)) {
      try {
        fs.mkdirSync(dataDir, { recursive: true });
        fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
      } catch (error) {
        throw new Error(
          `Cannot keep a generated AUTH_SECRET in ${dataDir} (${(error as NodeJS.ErrnoException).code}): set AUTH_SECRET to serve a read-only data folder.`,
        );
      }
    }
    secret = fs.readFileSync(file, "utf8").trim();
  }
  return { ...env, AUTH_SECRET: secret, AUTH_TRUST_HOST: env.AUTH_TRUST_HOST ?? "true", NEXT_TELEMETRY_DISABLED: "1" };
}

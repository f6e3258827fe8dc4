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
    fs.mkdirSync(dataDir, { recursive: true });
    if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    secret = fs.readFileSync(file, "utf8").trim();
  }
  return { ...env, AUTH_SECRET: secret, AUTH_TRUST_HOST: env.AUTH_TRUST_HOST ?? "true", NEXT_TELEMETRY_DISABLED: "1" };
}

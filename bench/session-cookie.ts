import { encode } from "next-auth/jwt";
import type { DatabaseEngine } from "../db/engine";
import { withBenchDatabase } from "./database";

/** A signed-in admin's session cookie, minted as Auth.js would, for the newsroom pages of the bench. */
export async function adminCookie(target: DatabaseEngine, secret: string): Promise<string> {
  const admin = await withBenchDatabase(
    target,
    async (db) =>
      (await db.get<{ id: number; sv: number }>(
        `select id, session_version as "sv" from users where role = 'admin' order by id limit 1`,
      ))!,
    { readonly: true },
  );
  const salt = "authjs.session-token";
  const token = await encode({ secret, salt, token: { sub: String(admin.id), uid: admin.id, sv: admin.sv } });
  return `${salt}=${token}`;
}

import Database from "better-sqlite3";
import { encode } from "next-auth/jwt";

/** A signed-in admin's session cookie, minted as Auth.js would, for the newsroom pages of the bench. */
export async function adminCookie(databasePath: string, secret: string): Promise<string> {
  const db = new Database(databasePath, { readonly: true });
  const admin = db
    .prepare("select id, session_version as sv from users where role = 'admin' order by id limit 1")
    .get() as { id: number; sv: number };
  db.close();
  const salt = "authjs.session-token";
  const token = await encode({ secret, salt, token: { sub: String(admin.id), uid: admin.id, sv: admin.sv } });
  return `${salt}=${token}`;
}

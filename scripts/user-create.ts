import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { closeDatabase } from "../db";
import { databaseEngine } from "../db/engine";
import { migrateDatabase } from "../db/migrate";
import { migratePostgres } from "../db/migrate-pg";
import { createUser, getUserByEmail, setUserRole, updateUserName, updateUserPassword } from "../db/queries/users";
import { type Role, roles } from "../db/schema";
import { emailField, nameField, newPasswordField } from "../lib/account-rules";
import { hash } from "@node-rs/argon2";
import { passwordHashing } from "../lib/password-hashing";

// `npm run user:create -- --email x@example.com --role admin [--name N] [--password P]`:
// creates the account, or changes the role (and name or password, if given) of an existing one.
const usage =
  "Usage: npm run user:create -- --email EMAIL [--role commenter|editor|admin] [--name NAME] [--password PASSWORD]";

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    password: { type: "string" },
    help: { type: "boolean" },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const email = emailField.safeParse(values.email);
if (!email.success) fail("--email must be a valid email address.");
const role = (values.role ?? "commenter") as Role;
if (!roles.includes(role)) fail(`--role must be one of ${roles.join(", ")}.`);
const name = values.name === undefined ? null : nameField.safeParse(values.name);
if (name && !name.success) fail("--name must be 1 to 80 characters, without control characters.");
const password = values.password === undefined ? null : newPasswordField.safeParse(values.password);
if (password && !password.success) fail("--password must be 8 to 1024 characters.");

const engine = databaseEngine();
if (engine.kind === "postgres") await migratePostgres(engine.url);
else migrateDatabase(engine.path);
// Never the URL: it may carry a password.
const where = engine.kind === "sqlite" ? engine.path : "PostgreSQL";
const existing = await getUserByEmail(email.data);
if (existing) {
  await setUserRole(existing.id, role); // a demotion signs the account out everywhere
  if (name) await updateUserName(existing.id, name.data!);
  if (password) await updateUserPassword(existing.id, await hash(password.data!, passwordHashing));
  console.log(
    `Updated ${email.data}: role ${role}${name ? ", new name" : ""}${password ? ", new password" : ""} (${where}).`,
  );
} else {
  const chosen = password?.data ?? randomBytes(15).toString("base64url");
  await createUser({
    email: email.data,
    name: name?.data ?? email.data.split("@")[0].slice(0, 80),
    role,
    passwordHash: await hash(chosen, passwordHashing),
  });
  console.log(`Created ${role} ${email.data} (${where}).`);
  // Shown once, to the person running the command, only when they did not choose one.
  if (!password) console.log(`Generated password: ${chosen}`);
}
// A PostgreSQL pool would keep the process waiting for its idle connections to time out.
await closeDatabase();

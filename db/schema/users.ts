import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { now } from "./defaults";

// People (readers and the newsroom) and what signing in, signing up and resetting a password keep.

export const roles = ["commenter", "editor", "admin"] as const;

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    nameGu: text("name_gu"),
    slug: text("slug"),
    bio: text("bio"),
    bioGu: text("bio_gu"),
    passwordHash: text("password_hash"),
    role: text("role", { enum: roles }).notNull().default("commenter"),
    sessionVersion: integer("session_version").notNull().default(0),
    bannedUntil: integer("banned_until"),
    trusted: integer("trusted", { mode: "boolean" }).notNull().default(false),
    /** One-key shortcuts on the moderation desk (WCAG 2.1.4: a person can turn them off). */
    keyboardShortcuts: integer("keyboard_shortcuts", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email), uniqueIndex("users_slug_idx").on(t.slug)],
);

// Only the sha256 of a reset token is stored: a leaked database cannot reset anyone's password.
export const passwordResetTokens = sqliteTable(
  "password_reset_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_hash_idx").on(t.tokenHash),
    index("password_reset_tokens_user_idx").on(t.userId, t.createdAt),
  ],
);

// Keyed by the normalised email typed (whether or not an account has it) and the client address.
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    address: text("address").notNull(),
    success: integer("success", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    index("login_attempts_email_created_idx").on(t.email, t.createdAt),
    index("login_attempts_address_created_idx").on(t.address, t.createdAt),
    index("login_attempts_created_idx").on(t.createdAt),
  ],
);

/** Each sign-up form stamp, once used: a stamp works once, and the rows count sign-ups for the rate limit. */
export const usedFormStamps = sqliteTable(
  "used_form_stamps",
  {
    stamp: text("stamp").primaryKey(),
    address: text("address").notNull(),
    usedAt: integer("used_at").notNull(),
  },
  (t) => [
    index("used_form_stamps_address_idx").on(t.address, t.usedAt),
    index("used_form_stamps_used_idx").on(t.usedAt),
  ],
);

/** A sign-up waiting for its mailed link: the account is created only from the mailbox, so the form's answer never tells whether an address is registered. */
export const signUpRequests = sqliteTable(
  "sign_up_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    tokenHash: text("token_hash").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    nextPath: text("next_path").notNull(),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("sign_up_requests_hash_idx").on(t.tokenHash),
    index("sign_up_requests_expires_idx").on(t.expiresAt),
  ],
);

export type Role = (typeof roles)[number];
export type User = typeof users.$inferSelect;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type LoginAttempt = typeof loginAttempts.$inferSelect;
export type SignUpRequest = typeof signUpRequests.$inferSelect;

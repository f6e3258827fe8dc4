import { boolean, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { roles } from "../schema/users";
import { millis, now } from "./defaults";

// People and what signing in, signing up and resetting a password keep (mirrors db/schema/users.ts).

export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    nameGu: text("name_gu"),
    slug: text("slug"),
    bio: text("bio"),
    bioGu: text("bio_gu"),
    passwordHash: text("password_hash"),
    role: text("role", { enum: roles }).notNull().default("commenter"),
    sessionVersion: integer("session_version").notNull().default(0),
    bannedUntil: millis("banned_until"),
    trusted: boolean("trusted").notNull().default(false),
    keyboardShortcuts: boolean("keyboard_shortcuts").notNull().default(true),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email), uniqueIndex("users_slug_idx").on(t.slug)],
);

export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: millis("expires_at").notNull(),
    usedAt: millis("used_at"),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("password_reset_tokens_hash_idx").on(t.tokenHash),
    index("password_reset_tokens_user_idx").on(t.userId, t.createdAt),
  ],
);

export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    email: text("email").notNull(),
    address: text("address").notNull(),
    success: boolean("success").notNull(),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [
    index("login_attempts_email_created_idx").on(t.email, t.createdAt),
    index("login_attempts_address_created_idx").on(t.address, t.createdAt),
    index("login_attempts_created_idx").on(t.createdAt),
  ],
);

export const usedFormStamps = pgTable(
  "used_form_stamps",
  {
    stamp: text("stamp").primaryKey(),
    address: text("address").notNull(),
    usedAt: millis("used_at").notNull(),
  },
  (t) => [
    index("used_form_stamps_address_idx").on(t.address, t.usedAt),
    index("used_form_stamps_used_idx").on(t.usedAt),
  ],
);

export const signUpRequests = pgTable(
  "sign_up_requests",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    tokenHash: text("token_hash").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    nextPath: text("next_path").notNull(),
    expiresAt: millis("expires_at").notNull(),
    createdAt: millis("created_at").notNull().default(now),
  },
  (t) => [
    uniqueIndex("sign_up_requests_hash_idx").on(t.tokenHash),
    index("sign_up_requests_expires_idx").on(t.expiresAt),
  ],
);

import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { passwordHashing } from "@/lib/password-hashing";

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, passwordHashing);
}

/** False for a wrong password and for anything that is not an argon2id hash. */
export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  if (!passwordHash.startsWith("$argon2id$")) return false;
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}

import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) hashes the whole password, unlike
// bcrypt, which silently ignores everything past 72 bytes (see STACK.md).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 };

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, options);
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

// argon2id (the library's default algorithm) hashes the whole password, unlike bcrypt, which
// silently ignores everything past 72 bytes (see STACK.md). The app hashes through auth/password.ts;
// the seed, the user-create script and the test helpers pass these same parameters to the library.
export const passwordHashing = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

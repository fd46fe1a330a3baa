import { type Algorithm, hash, verify } from "@node-rs/argon2";

/** OWASP's argon2id baseline: 19 MiB memory, 2 passes, 1 lane. */
export const argon2Options = {
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verifying against a real hash when the email is unknown keeps the response time the same, so the
 * sign-in timing does not tell which emails have accounts.
 */
let decoyHash: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword("backstride-decoy-password");
  await verifyPassword(await decoyHash, password);
}

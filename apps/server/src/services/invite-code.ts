import { randomInt } from "node:crypto";

/** Crockford's base32: digits and letters without I, L, O and U, so a code survives being read aloud. */
export const crockfordAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 10 characters = 50 bits: with lookups rate-limited, guessing a live 7-day code is out of reach. */
export const inviteCodeLength = 10;

/** A new code, grouped for reading aloud: "7KQ2M-XW9RD". */
export function newInviteCode(): string {
  let code = "";
  for (let index = 0; index < inviteCodeLength; index += 1) code += crockfordAlphabet[randomInt(32)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

const shortCode = new RegExp(`^[${crockfordAlphabet}]{${inviteCodeLength}}$`);
/** Codes made before issue 11: 32 URL-safe base64 characters, case-sensitive. */
const legacyCode = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The form a code is stored under (its sha256 is kept, never the code). A short code is read the way
 * Crockford decodes: any case, hyphens and spaces ignored, I and L as 1, O as 0. A legacy code is kept
 * exactly as typed until it expires (docs/decisions/invite-codes.md). Null when it can be neither.
 */
export function canonicalInviteCode(text: string): string | null {
  const compact = text.replace(/[\s-]+/g, "");
  const short = compact.toUpperCase().replace(/[IL]/g, "1").replace(/O/g, "0");
  if (shortCode.test(short)) return short;
  const legacy = text.trim();
  return legacyCode.test(legacy) ? legacy : null;
}

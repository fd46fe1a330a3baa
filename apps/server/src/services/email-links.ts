import type { EmailTokenPurpose, EmailTokensRepository } from "../repositories/email-tokens-repository.ts";
import type { Clock } from "./clock.ts";
import { randomToken, sha256Hex } from "./crypto-tools.ts";
import type { RateLimitRule } from "./rate-limiter.ts";

/** A reset link is a key to the account: short-lived. A verification link only proves the inbox. */
export const passwordResetLifetimeMinutes = 60;
export const verifyEmailLifetimeDays = 3;

/** Attempt limits of the mail routes; links are 256-bit random, so these stop floods more than guesses. */
export const mailRateLimits = {
  /** Links tried (reset or verify) from one IP. */
  linkUsePerIp: { attempts: 30, windowSeconds: 15 * 60 },
  /** "Forgot password" for one email: each one mails its owner. */
  forgotPerEmail: { attempts: 5, windowSeconds: 60 * 60 },
  forgotPerIp: { attempts: 20, windowSeconds: 60 * 60 },
  /** "Send the link again" by one signed-in account. */
  resendPerUser: { attempts: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

/** The app's hash routes that open a mailed token (apps/web/src/lib/route.ts). */
const linkPaths: Record<EmailTokenPurpose, string> = { "password-reset": "reset", "verify-email": "verify" };

/**
 * Issues a fresh single-use token for the user and returns the link to mail. The user's older links of
 * the same purpose stop working: only the newest mail counts. The database keeps the token's sha256.
 */
export async function issueEmailLink(
  tokens: EmailTokensRepository,
  clock: Clock,
  publicUrl: string,
  userId: string,
  purpose: EmailTokenPurpose,
): Promise<string> {
  const now = clock.now();
  const lifetimeMs =
    purpose === "password-reset" ? passwordResetLifetimeMinutes * 60_000 : verifyEmailLifetimeDays * 24 * 3600_000;
  const token = randomToken(32);
  await tokens.deleteForUser(userId, purpose);
  await tokens.insert({
    tokenHash: sha256Hex(token),
    userId,
    purpose,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + lifetimeMs).toISOString(),
  });
  return `${publicUrl}/#/${linkPaths[purpose]}/${token}`;
}

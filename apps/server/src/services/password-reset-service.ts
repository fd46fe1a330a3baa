import { ApiError } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import { resetPasswordMail } from "./account-mails.ts";
import type { Clock } from "./clock.ts";
import { sha256Hex } from "./crypto-tools.ts";
import { issueEmailLink, mailRateLimits, passwordResetLifetimeMinutes } from "./email-links.ts";
import type { Mailer } from "./mailer.ts";
import { hashPassword } from "./password-hasher.ts";
import type { RateLimiter } from "./rate-limiter.ts";

export const invalidLinkMessage = "this link is not valid any more (it was used, or it expired); ask for a new one";

/** "Forgot password": a single-use link by mail, then a new password that signs out every device. */
export class PasswordResetService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  /** Answers the same whether or not the email has an account; only its owner learns, by mail. */
  async requestReset(email: string, ip: string): Promise<void> {
    await this.rateLimiter.hit(`forgot:ip:${ip}`, mailRateLimits.forgotPerIp);
    await this.rateLimiter.hit(`forgot:email:${email}`, mailRateLimits.forgotPerEmail);
    const user = await this.repositories.users.findByEmail(email);
    if (!user) return;
    const link = await issueEmailLink(
      this.repositories.emailTokens,
      this.clock,
      this.publicUrl,
      user.id,
      "password-reset",
    );
    this.mailer.send(resetPasswordMail(user, link, passwordResetLifetimeMinutes));
  }

  /**
   * The token is spent before the new password is stored, in one conditional update: a link works
   * once even when opened twice at the same moment. Using it also proves the inbox, so the email counts
   * as confirmed.
   */
  async resetPassword(token: string, newPassword: string, ip: string): Promise<void> {
    await this.rateLimiter.hit(`email-link:ip:${ip}`, mailRateLimits.linkUsePerIp);
    const now = this.clock.now().toISOString();
    const userId = await this.repositories.emailTokens.consume(sha256Hex(token), "password-reset", now);
    if (!userId) throw new ApiError(400, "bad_request", invalidLinkMessage, "token");
    await this.repositories.users.updatePasswordHash(userId, await hashPassword(newPassword), now);
    await this.repositories.sessions.deleteAllOf(userId);
    await this.repositories.emailTokens.deleteForUser(userId, "password-reset");
    await this.repositories.users.markEmailVerified(userId, now);
  }
}

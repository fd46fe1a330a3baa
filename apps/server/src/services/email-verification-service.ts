import { ApiError } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import { verifyEmailMail } from "./account-mails.ts";
import type { Clock } from "./clock.ts";
import { sha256Hex } from "./crypto-tools.ts";
import { issueEmailLink, mailRateLimits, verifyEmailLifetimeDays } from "./email-links.ts";
import type { Mailer } from "./mailer.ts";
import { invalidLinkMessage } from "./password-reset-service.ts";
import type { RateLimiter } from "./rate-limiter.ts";

/**
 * Email verification never blocks a runner from their own data (see docs/decisions/mail.md); it is
 * needed where the email vouches for someone to another person: a coach's invite.
 */
export class EmailVerificationService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  async sendLink(user: { id: string; email: string; name: string }): Promise<void> {
    const link = await issueEmailLink(
      this.repositories.emailTokens,
      this.clock,
      this.publicUrl,
      user.id,
      "verify-email",
    );
    this.mailer.send(verifyEmailMail(user, link, verifyEmailLifetimeDays));
  }

  /** "Send the link again", for a signed-in account that is not confirmed yet. */
  async resend(user: { id: string; email: string; name: string; emailVerified: boolean }): Promise<void> {
    if (user.emailVerified) return;
    await this.rateLimiter.hit(`verify-resend:user:${user.id}`, mailRateLimits.resendPerUser);
    await this.sendLink(user);
  }

  async verify(token: string, ip: string): Promise<void> {
    await this.rateLimiter.hit(`email-link:ip:${ip}`, mailRateLimits.linkUsePerIp);
    const now = this.clock.now().toISOString();
    const userId = await this.repositories.emailTokens.consume(sha256Hex(token), "verify-email", now);
    if (!userId) throw new ApiError(400, "bad_request", invalidLinkMessage, "token");
    await this.repositories.users.markEmailVerified(userId, now);
  }
}

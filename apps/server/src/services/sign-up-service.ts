import type { Role, User } from "@backstride/api-contract";
import { ApiError } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { UserRow } from "../repositories/users-repository.ts";
import { signUpAgainMail } from "./account-mails.ts";
import type { AuthService } from "./auth-service.ts";
import type { Clock } from "./clock.ts";
import { issueEmailLink, passwordResetLifetimeMinutes } from "./email-links.ts";
import type { EmailVerificationService } from "./email-verification-service.ts";
import type { Mailer } from "./mailer.ts";
import { hashPassword } from "./password-hasher.ts";
import type { RateLimiter, RateLimits } from "./rate-limiter.ts";

/**
 * Sign-up answers "check your inbox" whether or not the email already has an account, and signs no one
 * in: an answer that differed would tell a stranger who uses Backstride. The difference goes by mail
 * to the inbox's owner: a new account gets its verification link; an existing one gets "someone tried
 * to sign up with your email" and a link to choose a new password. The new account signs in next.
 */
export class SignUpService {
  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
    private readonly rateLimits: RateLimits,
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    private readonly mailer: Mailer,
    private readonly publicUrl: string,
  ) {}

  async signUp(input: { email: string; password: string; name: string; roles: Role[] }, ip: string): Promise<void> {
    await this.rateLimiter.hit(`sign-up:ip:${ip}`, this.rateLimits.signUpPerIp);
    await this.rateLimiter.hit(`sign-up:email:${input.email}`, this.rateLimits.signUpPerEmail);
    const existing = await this.repositories.users.findByEmail(input.email);
    if (existing) {
      // The new account's path hashes the password; this one does too, so the timing tells nothing.
      await hashPassword(input.password);
      await this.mailOwner(existing);
      return;
    }
    let user: User;
    try {
      user = await this.auth.createUser(input);
    } catch (error) {
      // Two sign-ups with one email at once: the unique index let the other one through.
      const owner =
        error instanceof ApiError && error.status === 409
          ? await this.repositories.users.findByEmail(input.email)
          : null;
      if (!owner) throw error;
      await this.mailOwner(owner);
      return;
    }
    await this.verification.sendLink(user);
  }

  private async mailOwner(owner: UserRow): Promise<void> {
    const link = await issueEmailLink(
      this.repositories.emailTokens,
      this.clock,
      this.publicUrl,
      owner.id,
      "password-reset",
    );
    this.mailer.send(signUpAgainMail(owner, link, passwordResetLifetimeMinutes));
  }
}

import { ApiError } from "../http/api-error.ts";
import type { RateLimitsRepository } from "../repositories/rate-limits-repository.ts";
import type { Clock } from "./clock.ts";

export interface RateLimitRule {
  attempts: number;
  windowSeconds: number;
}

/** Limits kept in the database so every server instance counts the same attempts. */
export interface RateLimits {
  signInPerEmail: RateLimitRule;
  signInPerIp: RateLimitRule;
  signUpPerIp: RateLimitRule;
  signUpPerEmail: RateLimitRule;
}

export const defaultRateLimits: RateLimits = {
  signInPerEmail: { attempts: 10, windowSeconds: 15 * 60 },
  signInPerIp: { attempts: 100, windowSeconds: 15 * 60 },
  signUpPerIp: { attempts: 20, windowSeconds: 60 * 60 },
  signUpPerEmail: { attempts: 5, windowSeconds: 60 * 60 },
};

export class RateLimiter {
  constructor(
    private readonly repository: RateLimitsRepository,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt; throws 429 once the window's allowance is used up. */
  async hit(key: string, rule: RateLimitRule): Promise<void> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
    const attempts = await this.repository.hit(key, now.toISOString(), windowStart.toISOString());
    if (attempts > rule.attempts) {
      throw new ApiError(429, "rate_limited", "too many attempts; wait a few minutes and try again");
    }
  }

  async reset(key: string): Promise<void> {
    await this.repository.clear(key);
  }
}

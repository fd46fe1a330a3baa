import { ApiError } from "../http/api-error.ts";
import type { AttemptRow, RateLimitsRepository } from "../repositories/rate-limits-repository.ts";
import type { Clock } from "./clock.ts";

/** A fixed window: at most `attempts` per `windowSeconds`, then 429 until the window ends. */
export interface RateLimitRule {
  attempts: number;
  windowSeconds: number;
}

/**
 * Exponential back-off: `freeAttempts` in a row without delay, then each further attempt must wait
 * `firstDelaySeconds`, doubling per attempt up to `maxDelaySeconds`. A success clears the counter; a
 * key left alone for `forgetAfterSeconds` starts again from zero.
 */
export interface BackoffRule {
  freeAttempts: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
}

/** Limits kept in the database so every server instance counts the same attempts. */
export interface RateLimits {
  /** Sign-in guesses for one account from one client address (the owner elsewhere is never slowed). */
  signInPerEmailAndIp: BackoffRule;
  /** Sign-in attempts from one client address over every account (password spraying). */
  signInPerIp: RateLimitRule;
  /** Password checks of a signed-in account: change password, delete account. */
  passwordCheckPerUser: BackoffRule;
  signUpPerIp: RateLimitRule;
  signUpPerEmail: RateLimitRule;
}

export const defaultRateLimits: RateLimits = {
  signInPerEmailAndIp: {
    freeAttempts: 5,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetAfterSeconds: 24 * 3600,
  },
  signInPerIp: { attempts: 100, windowSeconds: 15 * 60 },
  passwordCheckPerUser: {
    freeAttempts: 5,
    firstDelaySeconds: 1,
    maxDelaySeconds: 15 * 60,
    forgetAfterSeconds: 24 * 3600,
  },
  signUpPerIp: { attempts: 20, windowSeconds: 60 * 60 },
  signUpPerEmail: { attempts: 5, windowSeconds: 60 * 60 },
};

/** 429 with the seconds to wait, which the error handler sends as Retry-After. */
export class RateLimitedError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "rate_limited", message);
  }
}

/** The wait before the attempt after `attempts` ones, in seconds (0 while free attempts remain). */
export function backoffDelaySeconds(attempts: number, rule: BackoffRule): number {
  if (attempts < rule.freeAttempts) return 0;
  const doublings = attempts - rule.freeAttempts;
  // Past 2^30 the cap has long applied; the guard keeps the power finite.
  if (doublings >= 30) return rule.maxDelaySeconds;
  return Math.min(rule.firstDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
}

function waitWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** Parallel writers on one key retry the compare-and-set this often before the attempt is refused. */
const maxClaimRounds = 5;

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

  /**
   * Claims one attempt under exponential back-off, or throws 429 with the wait. The attempt is counted
   * before the password is checked, so guesses sent in parallel each count; `reset` after a success.
   */
  async attempt(key: string, rule: BackoffRule): Promise<void> {
    for (let round = 0; round < maxClaimRounds; round += 1) {
      const now = this.clock.now();
      const row = await this.repository.findAttempts(key);
      const attempts = row ? this.liveAttempts(row, rule, now) : 0;
      if (row && attempts > 0) {
        const allowedAtMs = Date.parse(row.lastAttemptAt) + backoffDelaySeconds(attempts, rule) * 1000;
        if (now.getTime() < allowedAtMs) {
          const waitSeconds = Math.ceil((allowedAtMs - now.getTime()) / 1000);
          throw new RateLimitedError(`too many attempts; wait ${waitWords(waitSeconds)} and try again`, waitSeconds);
        }
      }
      const next: AttemptRow = { attempts: attempts + 1, lastAttemptAt: now.toISOString() };
      if (await this.repository.recordAttempt(key, row, next)) return;
    }
    throw new RateLimitedError("too many attempts at once; wait a moment and try again", 1);
  }

  async reset(key: string): Promise<void> {
    await this.repository.clear(key);
  }

  private liveAttempts(row: AttemptRow, rule: BackoffRule, now: Date): number {
    const ageMs = now.getTime() - Date.parse(row.lastAttemptAt);
    return ageMs >= rule.forgetAfterSeconds * 1000 ? 0 : row.attempts;
  }
}

import type { HousekeepingRepository } from "../repositories/housekeeping-repository.ts";
import type { Clock } from "./clock.ts";

const dayMs = 24 * 3600 * 1000;
/** A client retries within minutes or, offline, within days; a week covers both. */
export const idempotencyRetentionDays = 7;

/** Periodic clean-up of expired sessions, old rate-limit windows and old idempotency keys. */
export class Housekeeping {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repository: HousekeepingRepository,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<void> {
    const now = this.clock.now();
    await this.repository.deleteExpiredSessions(now.toISOString());
    await this.repository.deleteRateLimitsBefore(new Date(now.getTime() - dayMs).toISOString());
    await this.repository.deleteIdempotencyKeysBefore(
      new Date(now.getTime() - idempotencyRetentionDays * dayMs).toISOString(),
    );
  }

  start(everySeconds = 3600): void {
    const run = () => {
      this.sweep().catch(() => {
        // A missed sweep only delays clean-up until the next one.
      });
    };
    run();
    this.timer ??= setInterval(run, everySeconds * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

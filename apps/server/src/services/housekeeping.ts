import type { HousekeepingRepository } from "../repositories/housekeeping-repository.ts";
import type { Clock } from "./clock.ts";

const dayMs = 24 * 3600 * 1000;
/** A client retries within minutes or, offline, within days; a week covers both. */
export const idempotencyRetentionDays = 7;

/** Periodic clean-up of expired sessions, old rate-limit windows and old idempotency keys. */
export class Housekeeping {
  private timer: NodeJS.Timeout | null = null;
  private minuteTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repository: HousekeepingRepository,
    private readonly clock: Clock,
    /**
     * Work on the minute (alerts that time raises, the daily digest, reminders at a chosen time). Each
     * claims what it does in the database, so instances running them at once do each thing once.
     */
    private readonly everyMinute: readonly (() => Promise<void>)[] = [],
  ) {}

  async sweep(): Promise<void> {
    const now = this.clock.now();
    await this.repository.deleteExpiredSessions(now.toISOString());
    await this.repository.deleteRateLimitsBefore(new Date(now.getTime() - dayMs).toISOString());
    await this.repository.deleteIdempotencyKeysBefore(
      new Date(now.getTime() - idempotencyRetentionDays * dayMs).toISOString(),
    );
  }

  /** One round of the minute's work; one job failing never stops the others. */
  async runScheduled(): Promise<void> {
    for (const job of this.everyMinute) {
      await job().catch(() => {
        // Retried on the next minute: nothing was claimed for what failed before its claim.
      });
    }
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
    if (this.everyMinute.length > 0 && !this.minuteTimer) {
      let busy = false;
      this.minuteTimer = setInterval(() => {
        if (busy) return;
        busy = true;
        this.runScheduled().finally(() => {
          busy = false;
        });
      }, 60_000);
      this.minuteTimer.unref();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.minuteTimer) clearInterval(this.minuteTimer);
    this.timer = null;
    this.minuteTimer = null;
  }
}

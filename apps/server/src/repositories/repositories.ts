import type { Db } from "../database/database-types.ts";
import { AlertsRepository } from "./alerts-repository.ts";
import { CalendarFeedsRepository } from "./calendar-feeds-repository.ts";
import { CarersRepository } from "./carers-repository.ts";
import { CoachingRepository } from "./coaching-repository.ts";
import { EmailTokensRepository } from "./email-tokens-repository.ts";
import { EventsRepository } from "./events-repository.ts";
import { HousekeepingRepository } from "./housekeeping-repository.ts";
import { IdempotencyRepository } from "./idempotency-repository.ts";
import { ImportsRepository } from "./imports-repository.ts";
import { ProfilesRepository } from "./profiles-repository.ts";
import { RateLimitsRepository } from "./rate-limits-repository.ts";
import { RemindersRepository } from "./reminders-repository.ts";
import { SessionsRepository } from "./sessions-repository.ts";
import { ShoesRepository } from "./shoes-repository.ts";
import { UsersRepository } from "./users-repository.ts";

/** Every repository over one connection (or one transaction: pass `trx` to get the same set inside it). */
export function createRepositories(db: Db) {
  return {
    users: new UsersRepository(db),
    sessions: new SessionsRepository(db),
    rateLimits: new RateLimitsRepository(db),
    idempotency: new IdempotencyRepository(db),
    profiles: new ProfilesRepository(db),
    events: new EventsRepository(db),
    shoes: new ShoesRepository(db),
    imports: new ImportsRepository(db),
    coaching: new CoachingRepository(db),
    housekeeping: new HousekeepingRepository(db),
    emailTokens: new EmailTokensRepository(db),
    alerts: new AlertsRepository(db),
    carers: new CarersRepository(db),
    reminders: new RemindersRepository(db),
    calendarFeeds: new CalendarFeedsRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

import type { ServerConfig } from "../config/config.ts";
import type { Database } from "../database/create-database.ts";
import { createRepositories, type Repositories } from "../repositories/repositories.ts";
import { AlertDigest } from "./alert-digest.ts";
import { AlertSweep } from "./alert-sweep.ts";
import { AlertsService } from "./alerts-service.ts";
import { AuthService } from "./auth-service.ts";
import { CalendarFeedService } from "./calendar-feed-service.ts";
import { CarersService } from "./carers-service.ts";
import type { Clock } from "./clock.ts";
import { CoachingService } from "./coaching-service.ts";
import { EmailVerificationService } from "./email-verification-service.ts";
import { EventsService } from "./events-service.ts";
import { ExportService } from "./export-service.ts";
import { Housekeeping } from "./housekeeping.ts";
import { ImportDecoder } from "./import-decoder.ts";
import { ImportJobRunner } from "./import-job-runner.ts";
import { ImportsService } from "./imports-service.ts";
import { Mailer, type MailLog } from "./mailer.ts";
import { PasswordResetService } from "./password-reset-service.ts";
import { PlanService } from "./plan-service.ts";
import { ProfileService } from "./profile-service.ts";
import { RateLimiter, type RateLimits } from "./rate-limiter.ts";
import { ReminderSweep } from "./reminder-sweep.ts";
import { RosterService } from "./roster-service.ts";
import { RunsService } from "./runs-service.ts";
import { ShoesService } from "./shoes-service.ts";
import { SignUpService } from "./sign-up-service.ts";
import { UploadSlots } from "./upload-slots.ts";

export interface ServiceOptions {
  database: Database;
  config: ServerConfig;
  clock: Clock;
  rateLimits: RateLimits;
  /** Where mail goes when SMTP_URL is not set (and where failures are reported); default stdout. */
  mailLog?: MailLog;
}

export function createServices(options: ServiceOptions) {
  const { database, config, clock } = options;
  const repositories: Repositories = createRepositories(database.db);
  const roster = new RosterService(database.db, clock, config.rosterCacheBytes);
  const events = new EventsService(database.db, repositories, clock, (trx, userId, earliestDate) =>
    roster.refreshInTransaction(trx, userId, earliestDate),
  );
  const rateLimiter = new RateLimiter(repositories.rateLimits, clock);
  const auth = new AuthService(repositories, clock, rateLimiter, options.rateLimits, config.sessionMaxAgeSeconds);
  const mailer = new Mailer(config, options.mailLog);
  const emailVerification = new EmailVerificationService(repositories, clock, rateLimiter, mailer, config.publicUrl);
  const passwordReset = new PasswordResetService(repositories, clock, rateLimiter, mailer, config.publicUrl);
  const signUp = new SignUpService(
    repositories,
    clock,
    rateLimiter,
    options.rateLimits,
    auth,
    emailVerification,
    mailer,
    config.publicUrl,
  );
  const profile = new ProfileService(repositories, clock);
  const plan = new PlanService(repositories, clock);
  const shoes = new ShoesService(repositories, events, clock);
  const runs = new RunsService(repositories, events);
  const importDecoder = new ImportDecoder(config.importCapacity);
  const uploadSlots = new UploadSlots(config.importCapacity);
  const imports = new ImportsService(repositories, events, clock, importDecoder, config.importCapacity);
  const importJobs = new ImportJobRunner(repositories, imports, clock);
  const exports = new ExportService(repositories, events, shoes, profile, clock);
  const coaching = new CoachingService(repositories, events, roster, clock, rateLimiter);
  const alerts = new AlertsService(repositories, plan, clock);
  events.onStored((userId, created) => alerts.notify(userId, created));
  const alertSweep = new AlertSweep(repositories, alerts, plan, clock);
  const alertDigest = new AlertDigest(repositories, alerts, mailer, clock, config.publicUrl);
  const reminders = new ReminderSweep(repositories, plan, mailer, clock, config.publicUrl);
  const calendarFeeds = new CalendarFeedService(repositories, plan, clock, config.publicUrl);
  const carers = new CarersService(repositories, clock);
  const housekeeping = new Housekeeping(repositories.housekeeping, clock, [
    () => alertSweep.run(),
    () => alertDigest.run(),
    () => reminders.run(),
  ]);
  return {
    database,
    config,
    clock,
    repositories,
    events,
    auth,
    mailer,
    signUp,
    emailVerification,
    passwordReset,
    profile,
    plan,
    shoes,
    runs,
    imports,
    importJobs,
    importDecoder,
    uploadSlots,
    exports,
    coaching,
    roster,
    housekeeping,
    alerts,
    alertSweep,
    alertDigest,
    reminders,
    calendarFeeds,
    carers,
  };
}
export type Services = ReturnType<typeof createServices>;

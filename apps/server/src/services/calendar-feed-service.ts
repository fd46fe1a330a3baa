import type { CalendarFeed, Role } from "@backstride/api-contract";
import { addDays, defaultProtocol, projectCalendar } from "@backstride/domain";
import icalGenerator, { ICalCalendarMethod } from "ical-generator";
import { notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import { runnerLink } from "./alert-digest.ts";
import type { Clock } from "./clock.ts";
import { randomToken, sha256Hex } from "./crypto-tools.ts";
import { parseStored } from "./events-service.ts";
import type { PlanService } from "./plan-service.ts";

/** A runner's feed covers four weeks ahead; a coach's, the alerts of the last four weeks. */
const feedDays = 28;
const coachAlertDays = 28;

/** "2026-03-10" → the next day, as all-day events end exclusively (RFC 5545 DTEND of a DATE). */
function dateOnly(localDate: string): Date {
  return new Date(`${localDate}T00:00:00Z`);
}

/**
 * Calendar feeds (iCalendar, RFC 5545) at a secret address per user. The secret is 32 random bytes,
 * shown once; only its sha256 is stored, so a leaked database hands out no live feed. Making a new
 * one replaces the old, and turning it off makes the address answer 404.
 */
export class CalendarFeedService {
  constructor(
    private readonly repositories: Repositories,
    private readonly plan: PlanService,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  async status(userId: string): Promise<CalendarFeed> {
    const feed = await this.repositories.calendarFeeds.find(userId);
    return { url: null, active: feed !== null, createdAt: feed?.createdAt ?? null };
  }

  async create(userId: string): Promise<CalendarFeed> {
    const token = randomToken(32);
    const now = this.clock.now().toISOString();
    await this.repositories.calendarFeeds.replace(userId, sha256Hex(token), now);
    return { url: `${this.publicUrl.replace(/\/+$/, "")}/api/feeds/${token}.ics`, active: true, createdAt: now };
  }

  async revoke(userId: string): Promise<CalendarFeed> {
    await this.repositories.calendarFeeds.revoke(userId);
    return { url: null, active: false, createdAt: null };
  }

  /** The feed behind a secret address; 404 for an unknown or revoked one (the same answer). */
  async render(tokenFile: string): Promise<string> {
    const token = tokenFile.replace(/\.ics$/, "");
    const userId = await this.repositories.calendarFeeds.ownerOf(sha256Hex(token));
    const user = userId ? await this.repositories.users.findById(userId) : null;
    if (!user) throw notFound("calendar feed");
    const roles = user.roles as Role[];
    const calendar = icalGenerator({
      name: roles.includes("runner") ? "Backstride plan" : "Backstride runners",
      prodId: { company: "Backstride", product: "Backstride", language: "EN" },
      method: ICalCalendarMethod.PUBLISH,
      ttl: 3600,
    });
    const stamp = this.clock.now();
    if (roles.includes("runner")) await this.addRunnerItems(calendar, user.id, stamp);
    if (roles.includes("coach")) await this.addCoachItems(calendar, user.id, stamp);
    return calendar.toString();
  }

  private async addRunnerItems(calendar: ReturnType<typeof icalGenerator>, userId: string, stamp: Date) {
    const events = (await this.repositories.events.all(userId)).map(parseStored);
    if (events.length === 0) return;
    const today = (await this.plan.today(userId)).today;
    for (const item of projectCalendar({ events, protocol: defaultProtocol, from: today, days: feedDays })) {
      calendar.createEvent({
        id: `${item.uid}@backstride`,
        start: dateOnly(item.date),
        end: dateOnly(addDays(item.date, 1)),
        allDay: true,
        stamp,
        summary: item.title,
        description: item.description,
        url: `${this.publicUrl.replace(/\/+$/, "")}/#/today`,
      });
    }
  }

  private async addCoachItems(calendar: ReturnType<typeof icalGenerator>, coachId: string, stamp: Date) {
    const runners = await this.repositories.carers.runnersOf(coachId);
    // The runners' sessions in the coach's own unit.
    const coachUnit = (await this.repositories.users.planStamp(coachId))?.distanceUnit;
    for (const runner of runners) {
      const plan = await this.plan.today(runner.runnerId, coachUnit);
      // The key sessions of the runner's current week: walk/runs and runs.
      for (const day of plan.week7) {
        if (day.date < plan.today || !day.impactAllowed || !/walk\/run|run/i.test(day.summary)) continue;
        calendar.createEvent({
          id: `${runner.runnerId}-${day.date}-session@backstride`,
          start: dateOnly(day.date),
          end: dateOnly(addDays(day.date, 1)),
          allDay: true,
          stamp,
          summary: `${runner.name}: ${day.summary}`,
          url: runnerLink(this.publicUrl, runner.runnerId),
        });
      }
    }
    const since = addDays(stamp.toISOString().slice(0, 10), -coachAlertDays);
    for (const alert of await this.repositories.alerts.inbox(coachId, 500)) {
      if (alert.localDate < since) continue;
      calendar.createEvent({
        id: `alert-${alert.id}@backstride`,
        start: dateOnly(alert.localDate),
        end: dateOnly(addDays(alert.localDate, 1)),
        allDay: true,
        stamp,
        summary: `${alert.runnerName}: ${alert.title}`,
        description: alert.detail,
        url: runnerLink(this.publicUrl, alert.runnerId),
      });
    }
  }
}

import {
  addDays,
  type BackstrideEvent,
  complianceDays,
  defaultProtocol,
  measuresDueAlert,
  missedSessionsAlert,
  noCheckInAlert,
  outcomeSummary,
  sortEvents,
} from "@backstride/domain";
import type { Repositories } from "../repositories/repositories.ts";
import type { AlertsService } from "./alerts-service.ts";
import type { Clock } from "./clock.ts";
import { parseStored } from "./events-service.ts";
import { localDateIn } from "./local-date-in.ts";
import type { PlanService } from "./plan-service.ts";

/** Days judged for missed sessions: enough for three training days between rest days. */
const missedWindowDays = 7;

/**
 * The alerts that time alone raises (no check-in for 3 days, 3 missed sessions, measures due), once
 * per runner and local day, and a catch-up for any runner whose log moved past what alerts compared
 * (a derivation lost to a crash or another instance's restart). Safe with several instances: the day's
 * work for a runner is claimed in the database, and alerts are unique per occurrence.
 */
export class AlertSweep {
  constructor(
    private readonly repositories: Repositories,
    private readonly alerts: AlertsService,
    private readonly plan: PlanService,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<void> {
    const claimsKeptMs = 3 * 24 * 3600 * 1000;
    await this.repositories.alerts.deleteClaimsBefore(
      new Date(this.clock.now().getTime() - claimsKeptMs).toISOString(),
    );
    for (const runnerId of await this.repositories.alerts.runnersBehind()) {
      await this.alerts.compare(runnerId, []);
    }
    const now = this.clock.now();
    for (const runner of await this.repositories.alerts.followedRunners()) {
      const today = localDateIn(now, runner.timeZone ?? "UTC");
      if (!(await this.repositories.alerts.claimDaily("alert-sweep", runner.runnerId, today, now.toISOString()))) {
        continue;
      }
      await this.sweepRunner(runner.runnerId);
    }
  }

  private async sweepRunner(runnerId: string): Promise<void> {
    const events: BackstrideEvent[] = sortEvents((await this.repositories.events.all(runnerId)).map(parseStored));
    if (events.length === 0) return;
    const plan = await this.plan.today(runnerId);
    const today = plan.today;
    const checkIns = events.filter((event) => event.type === "pain.checkin" && event.localDate <= today);
    const days = complianceDays({
      events,
      protocol: defaultProtocol,
      from: addDays(today, -missedWindowDays),
      to: addDays(today, -1),
      today,
    });
    const dischargeFrom = plan.state.name === "maintenance" ? plan.state.since : null;
    const candidates = [
      noCheckInAlert({
        lastCheckIn: checkIns.at(-1)?.localDate ?? null,
        startDate: events[0]?.localDate ?? null,
        today,
      }),
      missedSessionsAlert({ days }),
      measuresDueAlert({ due: outcomeSummary({ events, today, dischargeFrom }).due }),
    ].flatMap((candidate) => (candidate ? [candidate] : []));
    await this.alerts.raise(runnerId, candidates);
  }
}

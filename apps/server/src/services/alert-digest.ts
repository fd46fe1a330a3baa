import { formatDayWithYear } from "@backstride/domain";
import type { AlertRow } from "../repositories/alerts-repository.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { AlertsService } from "./alerts-service.ts";
import type { Clock } from "./clock.ts";
import { localClock } from "./local-clock.ts";
import type { Mailer } from "./mailer.ts";

/** The link a digest line opens: the coach's page of that runner. */
export function runnerLink(publicUrl: string, runnerId: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/#/coach/${encodeURIComponent(runnerId)}`;
}

export function digestText(input: { coachName: string; alerts: readonly AlertRow[]; publicUrl: string }): string {
  const byRunner = new Map<string, AlertRow[]>();
  for (const alert of input.alerts) byRunner.set(alert.runnerId, [...(byRunner.get(alert.runnerId) ?? []), alert]);
  const sections = [...byRunner.values()].map((alerts) => {
    const first = alerts[0] as AlertRow;
    const lines = alerts.map((alert) =>
      `  - ${formatDayWithYear(alert.localDate)}: ${alert.title}. ${alert.detail}`.trimEnd(),
    );
    return `${first.runnerName}\n${lines.join("\n")}\n  Open: ${runnerLink(input.publicUrl, first.runnerId)}`;
  });
  return [
    `Hello ${input.coachName},`,
    "",
    `${input.alerts.length} new alert${input.alerts.length === 1 ? "" : "s"} about your runners since the last digest:`,
    "",
    sections.join("\n\n"),
    "",
    `All alerts: ${input.publicUrl.replace(/\/+$/, "")}/#/alerts`,
    "You get this once a day while you have unread alerts; choose which alerts and when under Alerts, Settings.",
  ].join("\n");
}

/**
 * One mail a day per coach with the unread alerts no digest listed yet, at or after the coach's chosen
 * local hour. The day's digest is claimed in the database before it is built, so two instances never
 * both send it.
 */
export class AlertDigest {
  constructor(
    private readonly repositories: Repositories,
    private readonly alerts: AlertsService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  async run(): Promise<void> {
    const now = this.clock.now();
    for (const coach of await this.repositories.alerts.coachesToDigest()) {
      const settings = await this.alerts.settings(coach.coachId);
      if (!settings.digestEnabled) continue;
      const local = localClock(now, coach.timeZone ?? "UTC");
      if (local.minutes < settings.digestHour * 60) continue;
      if (!(await this.repositories.alerts.claimDaily("alert-digest", coach.coachId, local.date, now.toISOString()))) {
        continue;
      }
      const alerts = await this.repositories.alerts.undigested(coach.coachId);
      if (alerts.length === 0) continue;
      this.mailer.send({
        to: coach.email,
        subject: `Backstride: ${alerts.length} new alert${alerts.length === 1 ? "" : "s"} about your runners`,
        text: digestText({ coachName: coach.name, alerts, publicUrl: this.publicUrl }),
      });
      await this.repositories.alerts.markDigested(
        alerts.map((alert) => alert.id),
        now.toISOString(),
      );
    }
  }
}

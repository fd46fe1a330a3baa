import type { PlanState } from "@backstride/domain";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { localClock, minutesOf } from "./local-clock.ts";
import type { Mailer } from "./mailer.ts";
import type { PlanService } from "./plan-service.ts";

/** A reminder not sent within this long after its time (the server was down) is skipped that day. */
const lateWindowMinutes = 120;

const trainingKinds = new Set(["rehab-circuit", "walk-run", "run", "strength", "mobility"]);

export function sessionReminderText(plan: PlanState, appUrl: string): string | null {
  const tasks = plan.tasks.filter((task) => trainingKinds.has(task.kind) && !task.done);
  if (tasks.length === 0) return null;
  return [
    "Today's plan:",
    ...tasks.map((task) => `- ${task.title}: ${task.dosage}`),
    "",
    `Stop at pain ${plan.stopThreshold0to10}/10.`,
    `Open today: ${appUrl}/#/today`,
  ].join("\n");
}

export function morningReminderText(plan: PlanState, appUrl: string): string | null {
  const due = plan.tasks.find((task) => (task.kind === "morning-check" || task.kind === "pain-checkin") && !task.done);
  if (!due) return null;
  const question =
    due.kind === "morning-check"
      ? "How does your back feel this morning?"
      : "How is your back today? One tap, 0 to 10.";
  return [question, "", `Answer in the app: ${appUrl}/#/today`].join("\n");
}

/**
 * Runners' email reminders at the local time each chose, in their own time zone: today's session and
 * the morning check-in. Claimed per runner, kind and local day, so several instances send one.
 */
export class ReminderSweep {
  constructor(
    private readonly repositories: Repositories,
    private readonly plan: PlanService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  async run(): Promise<void> {
    const now = this.clock.now();
    const appUrl = this.publicUrl.replace(/\/+$/, "");
    for (const reminder of await this.repositories.reminders.active()) {
      const local = localClock(now, reminder.timeZone ?? "UTC");
      const kinds = [
        { kind: "reminder-session", time: reminder.sessionTime, subject: "Today's session", text: sessionReminderText },
        {
          kind: "reminder-morning",
          time: reminder.morningTime,
          subject: "Morning check-in",
          text: morningReminderText,
        },
      ] as const;
      for (const item of kinds) {
        if (!item.time) continue;
        const since = local.minutes - minutesOf(item.time);
        if (since < 0 || since > lateWindowMinutes) continue;
        if (!(await this.repositories.alerts.claimDaily(item.kind, reminder.userId, local.date, now.toISOString()))) {
          continue;
        }
        const text = item.text(await this.plan.today(reminder.userId), appUrl);
        if (!text) continue;
        this.mailer.send({ to: reminder.email, subject: `Backstride: ${item.subject}`, text });
      }
    }
  }
}

import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import { maintenanceDue } from "../maintenance/maintenance-due.ts";
import { formatExerciseList } from "./format-dosage.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import { sessionDoneToday, task } from "./plan-task.ts";
import type { PlanTask } from "./plan-types.ts";

/** Weeks 1-3: the article's 12-minute daily circuit. */
export function circuitTask(ctx: PlanContext): PlanTask {
  const { protocol } = ctx;
  return task(ctx, "rehab-circuit", {
    title: "Rebuild circuit",
    dosage: `${protocol.rebuild.circuitMinutes} min: ${formatExerciseList(protocol.rebuild.circuit)}`,
    durationSeconds: protocol.rebuild.circuitMinutes * 60,
    exercises: protocol.rebuild.circuit,
    reason: reason(
      "circuit-daily",
      `Daily during weeks 1–3 (week ${ctx.phase.week ?? 1}; weeks 1–3 began ${ctx.timeline.position.blockStart ? formatDay(ctx.timeline.position.blockStart) : "today"}): wakes up the core and glutes so the lower back no longer does their work for them.`,
      protocol.rebuild.sources,
    ),
    done: sessionDoneToday(ctx, "rehab-circuit"),
  });
}

function strengthWhy(ctx: PlanContext): string {
  const t = ctx.timeline;
  if (ctx.phase.phase === "return" && t.position.blockStart) {
    return `The rebuild weeks ended ${formatDay(addDays(t.position.blockStart, ctx.protocol.rebuild.weeks * 7 - 1))}: strength work continues twice a week beside the walk/runs.`;
  }
  if (ctx.phase.phase === "maintenance") return "Posterior-chain strength keeps the back pain away for good.";
  const since = t.position.progressionStart ? ` (since ${formatDay(t.position.progressionStart)})` : "";
  return `From week 4${since} strength work twice a week replaces the daily circuit.`;
}

/** Strength 2×/week, mobility daily and (maintenance) a monthly massage, when due. */
export function maintenanceTasks(ctx: PlanContext, include: ("strength" | "mobility" | "massage")[]): PlanTask[] {
  const sessions = ctx.events.flatMap((event) =>
    event.type === "session.completed" ? [{ localDate: event.localDate, kind: event.kind }] : [],
  );
  const items = maintenanceDue({ sessions, today: ctx.today, rules: ctx.protocol.maintenance, include });
  const tasks: PlanTask[] = [];
  for (const item of items) {
    if (!item.due) continue;
    if (item.kind === "strength") {
      tasks.push(
        task(ctx, "strength", {
          title: "Strength session",
          dosage: formatExerciseList(ctx.protocol.strength.exercises),
          exercises: ctx.protocol.strength.exercises,
          reason: reason("strength-due", `${strengthWhy(ctx)} ${item.text}`, [...ctx.protocol.strength.sources]),
          done: item.doneToday,
        }),
      );
    } else if (item.kind === "mobility") {
      tasks.push(
        task(ctx, "mobility", {
          title: "Mobility",
          dosage: `${ctx.protocol.maintenance.mobilityMinutesDaily} min: ${formatExerciseList(ctx.protocol.mobility.exercises)}`,
          durationSeconds: ctx.protocol.maintenance.mobilityMinutesDaily * 60,
          exercises: ctx.protocol.mobility.exercises,
          reason: reason("mobility-daily", item.text, ctx.protocol.mobility.sources),
          done: item.doneToday,
        }),
      );
    } else {
      tasks.push(
        task(ctx, "massage", {
          title: "Sports massage",
          dosage: "Once a month",
          reason: reason("massage-due", item.text, item.sources),
          done: item.doneToday,
        }),
      );
    }
  }
  return tasks;
}

import { addDays, minDate } from "../dates/add-days.ts";
import type { BackstrideEvent, LocalDate } from "../events/events.ts";
import { painsOf } from "../events/pains-of.ts";
import { sessionKindWords } from "../events/session-kinds.ts";
import { planContext } from "../plan/build-plan-context.ts";
import { effectiveLog } from "../plan/machine/effective-log.ts";
import { planTasks } from "../plan/plan-tasks.ts";
import type { PlanTaskKind } from "../plan/plan-types.ts";
import { sortEvents } from "../plan/sort-events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import type { DistanceUnit } from "../units/conversions.ts";
import { formatDistance } from "../units/format-units.ts";

/**
 * How a day went against the plan as it stood that day, for a compliance calendar and adherence.
 * - pain-stop: a session or run that day reached the pain stop in force (or ended early): it wins,
 *   because it is what a coach must see whatever else was done.
 * - rest: the plan asked for no training that day.
 * - no-impact: the plan held impact off (relief, a pain stop, a red flag, questions first) and asked
 *   for no training either.
 * - done / partly / missed: share of the planned training done (missed only once the day is over).
 * - open: today, something planned and nothing done yet.
 * - before-start: before the runner's first entry; no plan existed.
 */
export type DayStatus = "done" | "partly" | "missed" | "pain-stop" | "rest" | "no-impact" | "open" | "before-start";

export interface DayCompliance {
  date: LocalDate;
  status: DayStatus;
  /** Training the plan asked for that day (task kinds), e.g. ["rehab-circuit", "walk-run"]. */
  planned: PlanTaskKind[];
  /** Of `planned`, the ones done. */
  done: PlanTaskKind[];
  /** Everything logged that day, in words, e.g. ["walk/run 24 min, pain 1/10 during"]. */
  logged: string[];
  /** Highest pain reported that day (check-ins, sessions, runs, flare-ups), or null. */
  maxPain0to10: number | null;
  /** The plan held impact (running, jumping) off that day. */
  impactHeld: boolean;
}

/**
 * Task kinds that count as planned training. Relief care (ice/heat, pool walk), the optional
 * cross-training offered on rest days, the monthly massage and every question (check-ins, triage,
 * pain answers) are left out: missing them is not missing a session.
 */
const trainingKinds: ReadonlySet<PlanTaskKind> = new Set(["rehab-circuit", "walk-run", "run", "strength", "mobility"]);

/** The task kinds an entry completes: a logged run completes a planned run or walk/run. */
function completes(event: BackstrideEvent): PlanTaskKind[] {
  if (event.type === "run.logged") return ["run", "walk-run"];
  if (event.type === "session.completed") return [event.kind];
  return [];
}

function loggedWords(event: BackstrideEvent, unit: DistanceUnit): string | null {
  const pain = (during?: number, after?: number) =>
    [during !== undefined ? `pain ${during}/10 during` : null, after !== undefined ? `${after}/10 after` : null]
      .filter(Boolean)
      .join(", ");
  switch (event.type) {
    case "session.completed": {
      const words = pain(event.painDuring0to10, event.painAfter0to10);
      const minutes = Math.round(event.durationSeconds / 60);
      return `${sessionKindWords[event.kind]} ${minutes} min${event.endedEarly ? ", ended early" : ""}${words ? `, ${words}` : ""}`;
    }
    case "run.logged": {
      const words = pain(event.painDuring0to10, event.painAfter0to10);
      return `run ${formatDistance(event.distanceMeters, unit)} in ${Math.round(event.durationSeconds / 60)} min${words ? `, ${words}` : ""}`;
    }
    case "pain.checkin":
      return `check-in: pain ${event.pain0to10}/10`;
    case "flare-up.reported":
      return `flare-up: pain ${event.pain0to10}/10`;
    default:
      return null;
  }
}

/**
 * Each day from `from` to `to` (inclusive, `to` at most `today`) judged against the plan as it stood
 * that day: the engine's own tasks for that date (planContext + planTasks over the log up to it), so
 * a later entry never rewrites what was asked then. One fold of the log per day.
 */
export function complianceDays(input: {
  /** The runner's whole log (any order). */
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  from: LocalDate;
  to: LocalDate;
  /** The runner's today: a day after it is not judged; today itself is "open" until something is done. */
  today: LocalDate;
  /** The reader's unit for logged runs' distances (default km). */
  distanceUnit?: DistanceUnit;
}): DayCompliance[] {
  const sorted = sortEvents(input.events);
  const log = effectiveLog(sorted);
  const firstDate = log[0]?.localDate ?? null;
  const byDate = new Map<LocalDate, BackstrideEvent[]>();
  for (const event of log) {
    const list = byDate.get(event.localDate);
    if (list) list.push(event);
    else byDate.set(event.localDate, [event]);
  }
  const days: DayCompliance[] = [];
  const last = minDate(input.to, input.today);
  for (let date = input.from; date <= last; date = addDays(date, 1)) {
    const entries = byDate.get(date) ?? [];
    const pains = entries.flatMap(painsOf);
    const maxPain0to10 = pains.length > 0 ? Math.max(...pains) : null;
    const logged = entries.flatMap((event) => loggedWords(event, input.distanceUnit ?? "km") ?? []);
    if (firstDate === null || date < firstDate) {
      days.push({ date, status: "before-start", planned: [], done: [], logged, maxPain0to10, impactHeld: false });
      continue;
    }
    const ctx = planContext({ events: sorted, protocol: input.protocol, today: date, distanceUnit: "km" });
    const planned = [
      ...new Set(planTasks(ctx, []).flatMap((task) => (trainingKinds.has(task.kind) ? [task.kind] : []))),
    ];
    const completed = new Set(entries.flatMap(completes));
    const done = planned.filter((kind) => completed.has(kind));
    const stop = ctx.settings.stopThreshold0to10;
    const painStop = entries.some(
      (event) =>
        (event.type === "session.completed" || event.type === "run.logged") &&
        // A session ended early with no pain given is unknown, not a stop (plan engine v2).
        painsOf(event).some((pain) => pain >= stop),
    );
    const impactHeld = ctx.noRunning !== null;
    const status: DayStatus = painStop
      ? "pain-stop"
      : planned.length === 0
        ? impactHeld
          ? "no-impact"
          : "rest"
        : done.length === planned.length
          ? "done"
          : done.length > 0
            ? "partly"
            : date === input.today
              ? "open"
              : "missed";
    days.push({ date, status, planned, done, logged, maxPain0to10, impactHeld });
  }
  return days;
}

export interface Adherence {
  /** Planned training tasks in the window (today's only once done, so today never lowers the share). */
  planned: number;
  done: number;
  /** done / planned, 0-1; null when nothing was planned. */
  share: number | null;
  /** Planned tasks of finished days in the window that were not done. */
  missed: number;
}

/**
 * Adherence over the `windowDays` days ending today: planned training tasks against the ones done,
 * counted per task (a circuit and a walk/run planned on one day are two). Today counts only what is
 * already done, so a runner is never "behind" in the morning.
 */
export function adherenceOver(input: {
  /** Per day, the number of planned training tasks and how many of them were done. */
  days: readonly { date: LocalDate; planned: number; done: number }[];
  today: LocalDate;
  windowDays: number;
}): Adherence {
  const first = addDays(input.today, -(input.windowDays - 1));
  let planned = 0;
  let done = 0;
  let missed = 0;
  for (const day of input.days) {
    if (day.date < first || day.date > input.today) continue;
    done += day.done;
    if (day.date === input.today) planned += day.done;
    else {
      planned += day.planned;
      missed += day.planned - day.done;
    }
  }
  return { planned, done, share: planned === 0 ? null : done / planned, missed };
}

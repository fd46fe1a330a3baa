import {
  addDays,
  type BackstrideEvent,
  complianceDays,
  type DayStatus,
  effectiveLog,
  isoWeekStart,
  type LocalDate,
  maxDate,
  outcomeSchedule,
  outcomeSummary,
  type PlanState,
  type Protocol,
  painsOf,
  planFor,
  type RecoveryStateName,
  runnerToday,
  sortEvents,
} from "@backstride/domain";

/** Days of per-day compliance kept: the longest adherence window. */
export const summaryDays = 28;

/** A day as the roster keeps it (the calendar reads the full DayCompliance from the log instead). */
export interface SummaryDay {
  date: LocalDate;
  status: DayStatus;
  planned: number;
  done: number;
  maxPain0to10: number | null;
}

/**
 * What the roster needs of one runner, as of one local date. Everything here either does not depend
 * on the date (last check-in, flags, the per-day record of finished days) or carries the date it is
 * true for, so a reader on a later day can tell what has aged (see docs/decisions/roster-summary.md).
 */
export interface RunnerSummary {
  asOf: LocalDate;
  state: RecoveryStateName;
  stateReason: string;
  phase: PlanState["phase"];
  week: number | null;
  runningAllowed: boolean;
  stopThreshold0to10: number;
  redFlag: { level: "emergency" | "urgent" | "soon"; title: string } | null;
  /** Plan flags worth a coach's look (not the "info" ones), newest first. */
  flags: { level: string; title: string; since: LocalDate }[];
  lastPain: { pain0to10: number; date: LocalDate } | null;
  lastCheckinDate: LocalDate | null;
  lastActivityDate: LocalDate | null;
  /** The last `summaryDays` days up to asOf, oldest first. */
  days: SummaryDay[];
  load: { weekStart: LocalDate; thisWeekMeters: number; lastWeekMeters: number };
  /** Outcome measures: due as of asOf, and the day the next scheduled window opens. */
  measures: { dueDate: LocalDate | null; nextOpensOn: LocalDate | null };
}

/**
 * The runner's summary for `zoneToday`. With `previous` (the stored one), finished days before
 * `changedFrom` are kept as they were and only later days are judged again: a new entry for today
 * costs one fold for the day (plus planFor), a back-dated one a fold per day since, at most 28.
 */
export function computeSummary(input: {
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  zoneToday: LocalDate;
  previous?: RunnerSummary | null;
  /** The earliest local date touched by the new events; omitted = judge every kept day again. */
  changedFrom?: LocalDate | null;
}): RunnerSummary {
  const events = sortEvents(input.events);
  const today = runnerToday({ zoneToday: input.zoneToday, events });
  const plan = planFor(events, input.protocol, today);
  const firstKept = addDays(today, -(summaryDays - 1));
  const kept = new Map<LocalDate, SummaryDay>();
  let judgeFrom = firstKept;
  const previous = input.previous;
  if (previous && input.changedFrom !== undefined) {
    // A finished day stays as judged unless an entry on or before it changed; the previous asOf day
    // was still open then, so it is judged again.
    const limit = [input.changedFrom ?? today, previous.asOf].sort()[0] as LocalDate;
    for (const day of previous.days) if (day.date >= firstKept && day.date < limit) kept.set(day.date, day);
    judgeFrom = maxDate(limit, firstKept);
  }
  const judged = complianceDays({ events, protocol: input.protocol, from: judgeFrom, to: today, today });
  for (const day of judged) {
    kept.set(day.date, {
      date: day.date,
      status: day.status,
      planned: day.planned.length,
      done: day.done.length,
      maxPain0to10: day.maxPain0to10,
    });
  }
  const days = [...kept.values()].filter((day) => day.date >= firstKept).sort((a, b) => a.date.localeCompare(b.date));

  let lastPain: RunnerSummary["lastPain"] = null;
  let lastCheckinDate: LocalDate | null = null;
  let lastActivityDate: LocalDate | null = null;
  for (const event of effectiveLog(events)) {
    if (event.localDate > today) continue;
    const pains = painsOf(event);
    if (pains.length > 0 && (!lastPain || event.localDate >= lastPain.date)) {
      lastPain = { pain0to10: Math.max(...pains), date: event.localDate };
    }
    if (event.type === "pain.checkin" && (!lastCheckinDate || event.localDate > lastCheckinDate)) {
      lastCheckinDate = event.localDate;
    }
    if (
      (event.type === "run.logged" || event.type === "session.completed") &&
      (!lastActivityDate || event.localDate > lastActivityDate)
    ) {
      lastActivityDate = event.localDate;
    }
  }

  const dischargeFrom = plan.state.name === "maintenance" ? plan.state.since : null;
  const outcomes = outcomeSummary({ events, today, dischargeFrom });
  const given = new Set(outcomes.records.map((record) => record.timepoint));
  const nextOpensOn =
    outcomes.startDate === null
      ? null
      : (outcomeSchedule(outcomes.startDate)
          .filter((item) => !given.has(item.timepoint))
          .map((item) => addDays(item.dueDate, -2))
          .find((opens) => opens > today) ?? null);

  const redFlag =
    plan.redFlag && plan.redFlag.level !== "none" ? { level: plan.redFlag.level, title: plan.redFlag.title } : null;
  return {
    asOf: today,
    state: plan.state.name,
    stateReason: plan.state.reason.text,
    phase: plan.phase,
    week: plan.week,
    runningAllowed: plan.runningAllowed,
    stopThreshold0to10: plan.stopThreshold0to10,
    redFlag,
    flags: plan.flags
      .filter((flag) => flag.level !== "info")
      .map((flag) => ({ level: flag.level, title: flag.title, since: flag.since }))
      .sort((a, b) => b.since.localeCompare(a.since)),
    lastPain,
    lastCheckinDate,
    lastActivityDate,
    days,
    load: {
      weekStart: isoWeekStart(today),
      thisWeekMeters: plan.load.thisWeekMeters,
      lastWeekMeters: plan.load.lastWeekMeters,
    },
    measures: { dueDate: outcomes.due?.dueDate ?? null, nextOpensOn },
  };
}

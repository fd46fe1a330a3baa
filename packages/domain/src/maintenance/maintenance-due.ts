import { addDays, diffDays } from "../dates/add-days.ts";
import { isoWeekday, isoWeekStart } from "../dates/iso-week.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { LocalDate, SessionKind } from "../events/events.ts";
import type { MaintenanceRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";

export interface MaintenanceItem {
  kind: "strength" | "mobility" | "massage";
  /** True when it should be done today. */
  due: boolean;
  /** True when a session of this kind is already logged today. */
  doneToday: boolean;
  /** The next day it falls due when not due today (massage), else null. */
  nextDueDate: LocalDate | null;
  text: string;
  sources: SourceRef[];
}

/**
 * The article's long-term non-negotiables: strength 2×/week, mobility 10 min daily, a sports massage
 * monthly. Strength is spread out: due today when the week still needs sessions and none was done
 * yesterday, or when the days left in the week are only just enough.
 */
export function maintenanceDue(input: {
  /** Completed sessions (kind and local day), any order. */
  sessions: readonly { localDate: LocalDate; kind: SessionKind }[];
  today: LocalDate;
  rules: MaintenanceRules;
  /** Which items to schedule (default all three; progression has no massage). */
  include?: readonly MaintenanceItem["kind"][];
}): MaintenanceItem[] {
  const { sessions, today, rules } = input;
  const include = new Set(input.include ?? ["strength", "mobility", "massage"]);
  const yesterday = addDays(today, -1);
  const items: MaintenanceItem[] = [];
  const doneOn = (kind: SessionKind, date: LocalDate) => sessions.some((s) => s.kind === kind && s.localDate === date);

  if (include.has("strength")) {
    const monday = isoWeekStart(today);
    const beforeToday = sessions.filter((s) => s.kind === "strength" && s.localDate >= monday && s.localDate < today);
    const needed = rules.strengthSessionsPerWeek - beforeToday.length;
    const daysLeft = 8 - isoWeekday(today);
    const doneToday = doneOn("strength", today);
    const due = needed > 0 && (!doneOn("strength", yesterday) || daysLeft <= needed);
    items.push({
      kind: "strength",
      due: due || doneToday,
      doneToday,
      nextDueDate: null,
      text:
        needed > 0
          ? `Strength ${rules.strengthSessionsPerWeek}× a week (posterior chain): ${beforeToday.length} done this week${due ? "" : "; rest a day between sessions"}.`
          : `Strength ${rules.strengthSessionsPerWeek}× a week: done for this week.`,
      sources: [sources.article],
    });
  }
  if (include.has("mobility")) {
    items.push({
      kind: "mobility",
      due: true,
      doneToday: doneOn("mobility", today),
      nextDueDate: null,
      text: `Mobility ${rules.mobilityMinutesDaily} min every day: hips and upper back.`,
      sources: [sources.article],
    });
  }
  if (include.has("massage")) {
    const last = sessions
      .filter((s) => s.kind === "massage" && s.localDate <= today)
      .reduce<LocalDate | null>((latest, s) => (latest === null || s.localDate > latest ? s.localDate : latest), null);
    const doneToday = last === today;
    const nextDue = last === null ? today : addDays(last, rules.massageEveryDays);
    const due = doneToday || diffDays(nextDue, today) >= 0;
    items.push({
      kind: "massage",
      due,
      doneToday,
      nextDueDate: due ? null : nextDue,
      text:
        last === null
          ? "A sports massage once a month, with a therapist who understands runners."
          : due
            ? `A sports massage is due: the last one was ${formatDay(last)}.`
            : `Next sports massage around ${formatDay(nextDue)}.`,
      sources: [sources.article],
    });
  }
  return items;
}

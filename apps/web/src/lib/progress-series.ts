import {
  addDays,
  type BackstrideEvent,
  defaultProtocol,
  isoWeekStart,
  type LoadRun,
  weeklyCap,
  weeklyDistanceMeters,
} from "@backstride/domain";

/** A local date as chart x: seconds at its UTC midnight (the chart labels it back in UTC). */
export function dayX(localDate: string): number {
  const [y, m, d] = localDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 1000;
}

export interface PainSeries {
  dates: string[];
  /** Highest score of the day, or null when none was given that day. */
  during: (number | null)[];
  after: (number | null)[];
  checkIn: (number | null)[];
}

function bump(map: Map<string, number>, date: string, value: number | undefined): void {
  if (value === undefined) return;
  map.set(date, Math.max(map.get(date) ?? 0, value));
}

/**
 * Pain over time: during and after runs and sessions, and check-ins (flare-ups count as check-ins),
 * one point per day, the day's highest, since the worst moment is what the plan reacts to.
 */
export function painSeries(events: readonly BackstrideEvent[]): PainSeries {
  const during = new Map<string, number>();
  const after = new Map<string, number>();
  const checkIn = new Map<string, number>();
  for (const event of events) {
    if (event.type === "run.logged" || event.type === "session.completed") {
      bump(during, event.localDate, event.painDuring0to10);
      bump(after, event.localDate, event.painAfter0to10);
    } else if (event.type === "pain.checkin" || event.type === "flare-up.reported") {
      bump(checkIn, event.localDate, event.pain0to10);
    }
  }
  const dates = [...new Set([...during.keys(), ...after.keys(), ...checkIn.keys()])].sort();
  return {
    dates,
    during: dates.map((date) => during.get(date) ?? null),
    after: dates.map((date) => after.get(date) ?? null),
    checkIn: dates.map((date) => checkIn.get(date) ?? null),
  };
}

export function loadRuns(events: readonly BackstrideEvent[]): LoadRun[] {
  return events.flatMap((event) =>
    event.type === "run.logged"
      ? [{ localDate: event.localDate, distanceMeters: event.distanceMeters, surface: event.surface }]
      : [],
  );
}

export interface WeeklyLoad {
  /** Mondays, oldest first, ending with this week. */
  weekStarts: string[];
  meters: number[];
  /** The 10% cap each week had (last week + 10%); null with no previous week. */
  capMeters: (number | null)[];
}

/** Weekly distance for the last `weeks` ISO weeks with the article's 10% cap drawn over it. */
export function weeklyLoad(events: readonly BackstrideEvent[], today: string, weeks: number): WeeklyLoad {
  const runs = loadRuns(events);
  const thisMonday = isoWeekStart(today);
  const weekStarts = Array.from({ length: weeks }, (_, i) => addDays(thisMonday, -7 * (weeks - 1 - i)));
  const meters = weekStarts.map((monday) => weeklyDistanceMeters({ runs, date: monday }));
  const capMeters = weekStarts.map((monday) => {
    const previousWeekMeters = weeklyDistanceMeters({ runs, date: addDays(monday, -7) });
    return weeklyCap({ previousWeekMeters, rules: defaultProtocol.load }).capMeters;
  });
  return { weekStarts, meters, capMeters };
}

/** Cadence of runs that recorded it (imported from a watch), by day. */
export function cadenceSeries(events: readonly BackstrideEvent[]): { dates: string[]; stepsPerMinute: number[] } {
  const byDay = new Map<string, number[]>();
  for (const event of events) {
    if (event.type === "run.logged" && event.cadenceStepsPerMinute !== undefined && event.cadenceStepsPerMinute > 0) {
      byDay.set(event.localDate, [...(byDay.get(event.localDate) ?? []), event.cadenceStepsPerMinute]);
    }
  }
  const dates = [...byDay.keys()].sort();
  return {
    dates,
    stepsPerMinute: dates.map((date) => {
      const values = byDay.get(date) ?? [];
      return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
    }),
  };
}

/** Sessions completed each ISO week (circuits, walk/runs, strength, mobility…): the adherence chart. */
export function sessionsPerWeek(
  events: readonly BackstrideEvent[],
  today: string,
  weeks: number,
): { weekStarts: string[]; sessions: number[]; activeDays: number[] } {
  const thisMonday = isoWeekStart(today);
  const weekStarts = Array.from({ length: weeks }, (_, i) => addDays(thisMonday, -7 * (weeks - 1 - i)));
  const sessions = weekStarts.map(() => 0);
  const days = weekStarts.map(() => new Set<string>());
  for (const event of events) {
    if (event.type !== "session.completed") continue;
    const index = weekStarts.indexOf(isoWeekStart(event.localDate));
    if (index < 0) continue;
    sessions[index] = (sessions[index] ?? 0) + 1;
    days[index]?.add(event.localDate);
  }
  return { weekStarts, sessions, activeDays: days.map((set) => set.size) };
}

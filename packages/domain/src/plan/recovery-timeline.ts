import { addDays, maxDate } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import type { BackstrideEvent, EventOf, LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import { weeklyDistanceMeters, weeklyDistances } from "../load/weekly-distance.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { evaluateRedFlags } from "../triage/evaluate-red-flags.ts";
import { coachSettingsAt, HOLD_DAYS } from "./coach-settings.ts";
import { maintenanceEntryRules, maintenanceReady, usualWeeklyDistance } from "./maintenance-ready.ts";
import { painReadingsOf } from "./pain-readings.ts";
import { painStopOf } from "./pain-stop.ts";
import { reliefDays, requiredSessions, returnWeekOf } from "./return-weeks.ts";
import type { NoImpactWindow, RecoveryTimeline } from "./timeline-types.ts";

export { reliefDays, requiredSessions, returnWeekOf } from "./return-weeks.ts";
export type { NoImpactWindow, OpenRedFlag, RecoveryTimeline } from "./timeline-types.ts";

type ImpactEvent = EventOf<"run.logged"> | EventOf<"session.completed">;

const LEVEL_RANK = { emergency: 0, urgent: 1, soon: 2, none: 3 } as const;

function isImpact(event: BackstrideEvent): event is ImpactEvent {
  return event.type === "run.logged" || (event.type === "session.completed" && event.kind === "walk-run");
}

/**
 * Folds the sorted event log up to and including `today` into the recovery timeline. Time-driven
 * changes (a return week advancing, maintenance) are applied before each event's day and at the end.
 */
export function recoveryTimeline(input: {
  /** Sorted (see sortEvents); events after `today` are ignored. */
  events: readonly BackstrideEvent[];
  protocol: Protocol;
  today: LocalDate;
}): RecoveryTimeline {
  const { protocol, today } = input;
  const events = input.events.filter((event) => event.localDate <= today);
  const runs: LoadRun[] = events.flatMap((event) =>
    event.type === "run.logged"
      ? [{ localDate: event.localDate, distanceMeters: event.distanceMeters, surface: event.surface }]
      : [],
  );
  const rebuildDays = protocol.rebuild.weeks * 7;
  const monitorNextMorning =
    protocol.pain.model === "pain-monitoring" && protocol.pain.monitoring?.reduceIfWorseNextMorning === true;
  const returnWeeks = protocol.returnToRun.weeks.length;

  const t: RecoveryTimeline = {
    triagedOn: null,
    causesOn: null,
    onboardedOn: null,
    blocking: null,
    soon: null,
    cleared: null,
    lastClearanceOn: null,
    recheck: null,
    flareUp: null,
    blockStart: null,
    blockStartCause: null,
    returnWeek: 1,
    returnWeekStart: null,
    goodDays: [],
    lastRepeat: null,
    holdUntil: null,
    progressionStart: null,
    progressionRepeat: null,
    maintenanceSince: null,
    noImpact: [],
    ranWhenNotAllowed: [],
    usualWeeklyDistanceMeters: null,
    morningCheck: null,
    lastReduce: null,
  };

  // Coach adjustments are few; reading only them keeps the fold linear in the size of the log.
  const coachEvents = events.filter((event) => event.type === "coach.adjustment");
  const settingsOn = (date: LocalDate) => coachSettingsAt({ events: coachEvents, date, protocol });
  const sequencingOn = (date: LocalDate) => settingsOn(date).sequencing;
  const painReadings = painReadingsOf(events);
  const weekTotals = new Map(weeklyDistances({ runs }).map((week) => [week.weekStart, week.distanceMeters]));
  let lastCheckedOn: LocalDate | null = null;
  let usualCache: { key: string; meters: number | null } | null = null;
  const usualDistance = () => {
    const key = `${t.usualWeeklyDistanceMeters}|${t.onboardedOn}`;
    if (usualCache?.key !== key) {
      usualCache = {
        key,
        meters: usualWeeklyDistance({ told: t.usualWeeklyDistanceMeters, runs, onboardedOn: t.onboardedOn }),
      };
    }
    return usualCache.meters;
  };
  /** Readings from `from` to `to` (inclusive); the log is sorted by day, so a binary search finds the start. */
  const readingsBetween = (from: LocalDate, to: LocalDate) => {
    let low = 0;
    let high = painReadings.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((painReadings[middle]?.localDate ?? "") < from) low = middle + 1;
      else high = middle;
    }
    const slice = [];
    for (let index = low; index < painReadings.length; index += 1) {
      const reading = painReadings[index];
      if (!reading || reading.localDate > to) break;
      slice.push(reading);
    }
    return slice;
  };

  /** (Re)starts weeks 1-3 on `start`: return week 1, nothing earned yet. */
  const startBlock = (start: LocalDate, cause: NonNullable<RecoveryTimeline["blockStartCause"]>) => {
    t.blockStart = start;
    t.blockStartCause = cause;
    t.returnWeek = 1;
    t.returnWeekStart = sequencingOn(start) === "rebuild-first" ? addDays(start, rebuildDays) : start;
    t.goodDays = [];
    t.progressionStart = null;
    t.progressionRepeat = null;
    t.maintenanceSince = null;
  };

  const reliefEndsAfter = (date: LocalDate): LocalDate =>
    t.flareUp && t.flareUp.reliefUntil >= date ? addDays(t.flareUp.reliefUntil, 1) : date;

  const advanceTo = (date: LocalDate) => {
    if (t.blockStart === null || t.returnWeekStart === null) return;
    while (t.returnWeek <= returnWeeks) {
      const week = returnWeekOf(protocol, t.returnWeek);
      const lastGood = t.goodDays[t.goodDays.length - 1];
      if (!week || lastGood === undefined || t.goodDays.length < requiredSessions(week, protocol)) break;
      // One return week per calendar week at most, and never before the last good session is over.
      let eligible = maxDate(addDays(t.returnWeekStart, 7), addDays(lastGood, 1));
      if (t.holdUntil !== null) eligible = maxDate(eligible, t.holdUntil);
      if (eligible > date) break;
      t.returnWeek += 1;
      t.returnWeekStart = eligible;
      t.goodDays = [];
      if (t.returnWeek > returnWeeks) t.progressionStart = eligible;
    }
    if (
      t.progressionStart !== null &&
      t.progressionStart <= date &&
      t.maintenanceSince === null &&
      date !== lastCheckedOn
    ) {
      lastCheckedOn = date;
      const ready = maintenanceReady({
        painReadings: readingsBetween(addDays(date, -maintenanceEntryRules.painFreeDays), date),
        today: date,
        usualWeeklyDistanceMeters: usualDistance(),
        lastFullWeekMeters: weekTotals.get(isoWeekStart(addDays(date, -7))) ?? 0,
      });
      if (ready.ready) t.maintenanceSince = date;
    }
  };

  /** Why impact is not allowed on `date` as of now, or null when it is. */
  const impactBlockedBecause = (date: LocalDate): string | null => {
    if (t.blocking) return "an open red flag";
    // Runs before onboarding are history (often imported), not a plan to break.
    if (t.onboardedOn === null) return null;
    if (t.flareUp && date >= t.flareUp.localDate && date <= t.flareUp.reliefUntil)
      return "the relief days after a flare-up";
    if (t.noImpact.some((w) => date >= w.from && date <= w.until)) return "a no-impact day after a pain stop";
    if (t.returnWeekStart !== null && t.returnWeek === 1 && date < t.returnWeekStart)
      return "the rebuild weeks before running";
    return null;
  };

  const onImpact = (event: ImpactEvent) => {
    const date = event.localDate;
    const threshold = settingsOn(date).stopThreshold0to10;
    const blockedBecause = impactBlockedBecause(date);
    if (blockedBecause !== null) t.ranWhenNotAllowed.push({ localDate: date, why: blockedBecause });

    const during = event.painDuring0to10;
    const after = event.painAfter0to10;
    const endedEarly = event.type === "session.completed" && event.endedEarly;
    const stop = painStopOf({ event, threshold0to10: threshold });

    const inReturnWeeks =
      t.blockStart !== null && t.returnWeekStart !== null && t.returnWeek <= returnWeeks && date >= t.returnWeekStart;
    const inProgression = t.progressionStart !== null && date >= t.progressionStart;

    if (stop !== null) {
      const window: NoImpactWindow = {
        from: date,
        until: addDays(date, protocol.pain.noImpactDaysMin),
        trigger: { activity: event.type === "run.logged" ? "run" : "walk/run", ...stop },
        threshold0to10: threshold,
        extended: false,
        checkIn: null,
        repeatedWeek: null,
      };
      if (inReturnWeeks) {
        window.repeatedWeek = { from: t.returnWeek, to: Math.max(1, t.returnWeek - 1) };
        t.returnWeek = window.repeatedWeek.to;
        t.returnWeekStart = addDays(window.until, 1);
        t.goodDays = [];
        t.lastRepeat = window;
      } else if (inProgression) {
        const stopWeek = isoWeekStart(date);
        const resumeWeek = isoWeekStart(addDays(window.until, 1));
        const weekStarts = stopWeek === resumeWeek ? [stopWeek] : [stopWeek, resumeWeek];
        t.progressionRepeat = {
          capMeters: weeklyDistanceMeters({ runs, date: addDays(stopWeek, -7) }),
          weekStarts,
          stop: window,
        };
      }
      t.noImpact.push(window);
      return;
    }

    const isGood =
      blockedBecause === null &&
      inReturnWeeks &&
      !endedEarly &&
      (event.type === "run.logged" ||
        event.roundsPlanned === undefined ||
        event.roundsCompleted === undefined ||
        event.roundsCompleted >= event.roundsPlanned);
    if (isGood && !t.goodDays.includes(date)) t.goodDays.push(date);
    const sessionPain = Math.max(during ?? -1, after ?? -1);
    if (monitorNextMorning && sessionPain >= 0) t.morningCheck = { sessionDate: date, pain0to10: sessionPain };
  };

  /**
   * Pain-monitoring model (Silbernagel 2007): pain or stiffness worse the next morning than after the
   * session means the next session is made easier: the session does not count and the previous
   * return week is done again (week 1 stays week 1), from the morning of the check-in.
   */
  const onMorningCheckIn = (event: EventOf<"pain.checkin">) => {
    const pending = t.morningCheck;
    if (!pending || event.localDate <= pending.sessionDate) return;
    t.morningCheck = null;
    if (event.localDate !== addDays(pending.sessionDate, 1) || event.pain0to10 <= pending.pain0to10) return;
    const inReturnWeeks = t.blockStart !== null && t.progressionStart === null && t.returnWeek <= returnWeeks;
    if (!inReturnWeeks) return;
    const from = t.returnWeek;
    t.returnWeek = Math.max(1, from - 1);
    t.returnWeekStart = event.localDate;
    t.goodDays = [];
    t.lastReduce = {
      sessionDate: pending.sessionDate,
      sessionPain0to10: pending.pain0to10,
      checkIn: { localDate: event.localDate, pain0to10: event.pain0to10 },
      week: { from, to: t.returnWeek },
    };
  };

  for (const event of events) {
    advanceTo(event.localDate);
    const date = event.localDate;
    switch (event.type) {
      case "triage.answered": {
        const result = evaluateRedFlags(event.answers, { today: date });
        t.triagedOn ??= date;
        t.recheck = null;
        if (result.blocksRunningUntilClearance) {
          if (!t.blocking || LEVEL_RANK[result.level] < LEVEL_RANK[t.blocking.result.level]) {
            t.blocking = { result, since: date };
          }
        }
        t.soon = result.level === "soon" ? { result, since: date } : null;
        break;
      }
      case "causes.assessed":
        t.causesOn ??= date;
        if (event.usualWeeklyDistanceMeters !== undefined)
          t.usualWeeklyDistanceMeters = event.usualWeeklyDistanceMeters;
        break;
      case "flare-up.reported": {
        t.flareUp = {
          localDate: date,
          pain0to10: event.pain0to10,
          reliefUntil: addDays(date, reliefDays(protocol) - 1),
        };
        t.recheck = { since: date, cause: "flare-up" };
        if (t.onboardedOn !== null) startBlock(addDays(t.flareUp.reliefUntil, 1), "relief-ended");
        break;
      }
      case "clearance.recorded":
        t.lastClearanceOn = date;
        t.soon = null;
        if (t.blocking) {
          t.cleared = { ...t.blocking, clearedOn: date, clinician: event.clinician };
          t.blocking = null;
          if (t.onboardedOn !== null) startBlock(reliefEndsAfter(date), "clearance");
        }
        break;
      case "pain.checkin": {
        if (event.legSymptoms) t.recheck = { since: date, cause: "leg-symptoms" };
        onMorningCheckIn(event);
        const window = t.noImpact[t.noImpact.length - 1];
        if (window && window.checkIn === null && date <= window.until) {
          window.checkIn = { localDate: date, pain0to10: event.pain0to10 };
          if (event.pain0to10 >= window.threshold0to10) {
            window.extended = true;
            window.until = addDays(window.from, protocol.pain.noImpactDaysMax);
            if (window.repeatedWeek && t.lastRepeat === window) t.returnWeekStart = addDays(window.until, 1);
          }
        }
        break;
      }
      case "coach.adjustment":
        if (event.adjustment.kind === "hold-week") {
          t.holdUntil = maxDate(t.holdUntil ?? date, addDays(date, HOLD_DAYS));
        }
        if (
          event.adjustment.kind === "rebuild-first" &&
          t.blockStart !== null &&
          t.returnWeek === 1 &&
          t.goodDays.length === 0
        ) {
          // Switching sequencing before any running is earned moves walk/run week 1 accordingly.
          const rebuildEnd = addDays(t.blockStart, rebuildDays);
          t.returnWeekStart = event.adjustment.enabled ? maxDate(rebuildEnd, date) : t.blockStart;
        }
        break;
      case "run.logged":
      case "session.completed":
        if (isImpact(event)) onImpact(event);
        break;
    }
    if (t.onboardedOn === null && t.triagedOn !== null && t.causesOn !== null) {
      t.onboardedOn = date;
      startBlock(reliefEndsAfter(date), t.flareUp && t.flareUp.reliefUntil >= date ? "relief-ended" : "onboarding");
    }
  }
  advanceTo(today);
  return t;
}

import { sources } from "../sources/sources.ts";
import type { Protocol, SourceRef } from "./protocol-types.ts";

/** What a coach may change from the default, each a documented alternative. */
export interface ProtocolOptions {
  /** Finish the 3-week rebuild before walk/run week 1 starts. */
  rebuildFirst?: boolean;
  /** Which pain model stops a session. */
  painModel?: "article-stop-at-3" | "pain-monitoring";
  /** Earn each return week (ASTEROID-style) instead of moving on by the calendar. */
  slowerProgression?: boolean;
  /** A coach's own stop threshold (1-5) for the article's model; ignored with pain-monitoring. */
  stopThreshold0to10?: number;
}

export interface ProtocolAlternative {
  /** Stable id, stored with a coach's choice. */
  id: "rebuild-first" | "pain-monitoring" | "asteroid-progression";
  title: string;
  /** One line a coach reads before choosing it. */
  summary: string;
  /** The alternative's rules in plain words. */
  rules: string[];
  /** What is known and not known about it. */
  caveat: string;
  options: ProtocolOptions;
  sources: SourceRef[];
}

/** Silbernagel's bands: 0-2 safe; up to 5 acceptable if settled by next morning; so 6 stops. */
const MONITORING_SAFE_MAX = 2;
const MONITORING_ACCEPTABLE_MAX = 5;
/** The article's stop: pain at 3/10 ends the session. */
const ARTICLE_STOP_THRESHOLD = 3;
/** A coach may set the stop anywhere from 1 to 5 (the same range the coach.adjustment event allows). */
const COACH_THRESHOLD_MIN = 1;
const COACH_THRESHOLD_MAX = 5;

function clampCoachThreshold(pain0to10: number): number {
  return Math.min(COACH_THRESHOLD_MAX, Math.max(COACH_THRESHOLD_MIN, Math.round(pain0to10)));
}

/** ASTEROID: two sessions at the top of a stage before moving up, one stage a week at most. */
const ASTEROID_SESSIONS_BEFORE_ADVANCE = 2;
const ASTEROID_SESSIONS_PER_WEEK = 3;

export const protocolAlternatives: readonly ProtocolAlternative[] = [
  {
    id: "rebuild-first",
    title: "Rebuild first, then run",
    summary: "Do the full 3-week strength circuit before the first walk/run session.",
    rules: [
      "Weeks 1-3: the daily circuit only, no running.",
      "Walk/run week 1 starts after the third rebuild week is done.",
      "Everything else (pain stop, 10% cap) stays the same.",
    ],
    caveat: "More cautious and slower; suits runners whose pain comes back easily. Not compared in a trial.",
    options: { rebuildFirst: true },
    sources: [sources.article],
  },
  {
    id: "pain-monitoring",
    title: "Pain-monitoring model",
    summary: "Let some pain during activity, as long as it settles by the next morning.",
    rules: [
      "Pain 0-2 out of 10 during a session is safe.",
      "Pain up to 5/10 is acceptable if it has settled by the next morning.",
      "Pain above 5/10 stops the session.",
      "If pain or stiffness is worse the next morning, the next session is made easier.",
    ],
    caveat: "Tested in Achilles tendon problems, not in backs; the article's 3/10 stop is more cautious.",
    options: { painModel: "pain-monitoring" },
    sources: [sources.silbernagel2007],
  },
  {
    id: "asteroid-progression",
    title: "Slower, earned progression",
    summary: "Move up a walk/run week only after two good sessions at the current one.",
    rules: [
      "Three walk/run sessions a week.",
      "Move to the next week only after 2 sessions at the current week without reaching the pain stop.",
      "Never move up more than one week in a calendar week.",
    ],
    caveat: "Based on the ASTEROID trial in 40 adults with long-lasting low back pain: a small trial, but in backs.",
    options: { slowerProgression: true },
    sources: [sources.neason2024],
  },
];

/**
 * The base protocol with a coach's documented alternatives applied. Pure: returns a new protocol and
 * never changes `base`. The id records the choices so a plan can say which rules it followed.
 */
export function protocolWithOptions(base: Protocol, options: ProtocolOptions): Protocol {
  const suffixes: string[] = [];
  let protocol: Protocol = { ...base };

  if (options.rebuildFirst !== undefined) {
    protocol = { ...protocol, sequencing: options.rebuildFirst ? "rebuild-first" : "side-by-side" };
    if (options.rebuildFirst) suffixes.push("rebuild-first");
  }

  if (options.painModel === "pain-monitoring") {
    protocol = {
      ...protocol,
      pain: {
        ...protocol.pain,
        model: "pain-monitoring",
        stopThreshold0to10: MONITORING_ACCEPTABLE_MAX + 1,
        monitoring: {
          safeMax0to10: MONITORING_SAFE_MAX,
          acceptableMax0to10: MONITORING_ACCEPTABLE_MAX,
          reduceIfWorseNextMorning: true,
        },
      },
    };
    suffixes.push("pain-monitoring");
  } else if (options.painModel === "article-stop-at-3" || options.stopThreshold0to10 !== undefined) {
    const { monitoring: _dropped, ...articlePain } = protocol.pain;
    const stopThreshold0to10 =
      options.stopThreshold0to10 === undefined
        ? articlePain.model === "article-stop-at-3"
          ? articlePain.stopThreshold0to10
          : ARTICLE_STOP_THRESHOLD
        : clampCoachThreshold(options.stopThreshold0to10);
    protocol = { ...protocol, pain: { ...articlePain, model: "article-stop-at-3", stopThreshold0to10 } };
    if (options.stopThreshold0to10 !== undefined) suffixes.push(`stop-at-${stopThreshold0to10}`);
  }

  if (options.slowerProgression) {
    protocol = {
      ...protocol,
      returnToRun: {
        ...protocol.returnToRun,
        weeks: protocol.returnToRun.weeks.map((week) => ({
          ...week,
          sessionsPerWeek: Math.min(week.sessionsPerWeek, ASTEROID_SESSIONS_PER_WEEK),
          sources: [...week.sources, sources.neason2024],
        })),
        progression: {
          kind: "earned",
          sessionsAtWeekBeforeAdvance: ASTEROID_SESSIONS_BEFORE_ADVANCE,
          maxWeeksAdvancedPerCalendarWeek: 1,
        },
      },
    };
    suffixes.push("asteroid-progression");
  }

  if (suffixes.length === 0) return protocol;
  return { ...protocol, id: `${base.id}+${suffixes.join("+")}`, name: `${base.name} (${suffixes.join(", ")})` };
}

import { defaultProtocol } from "../protocol/default-protocol.ts";
import { sources } from "../sources/sources.ts";
import type { GuideItem } from "./guide-types.ts";

const { strengthSessionsPerWeek, mobilityMinutesDaily } = defaultProtocol.maintenance;

/** The article's long-term non-negotiables; the numbers come from the protocol so they never drift. */
export const strengthSessions: GuideItem = {
  id: "strength-sessions",
  title: "Strength twice a week",
  summary: `Keep ${strengthSessionsPerWeek} strength sessions a week for the back of the body: deadlifts and hip thrusts.`,
  points: [
    "Deadlifts: 3 sets of 8. Hip thrusts: 3 sets of 10. Pick a load that leaves about 2 more reps in you.",
    "Add a little weight only when every rep of every set looks and feels solid.",
    "Put strength on easy-run or rest days, not before a hard or long run.",
  ],
  sources: [sources.article],
};

export const mobilityMinutes: GuideItem = {
  id: "mobility-minutes",
  title: `${mobilityMinutesDaily} minutes of mobility a day`,
  summary: `${mobilityMinutesDaily} minutes every day for the hips and the upper back.`,
  points: [
    "90/90 hip rotations: 2 minutes each side.",
    "Open-book upper back rotations: 2 minutes each side.",
    "Cat-cow: 2 minutes, slow and smooth.",
  ],
  sources: [sources.article],
};

export const sportsMassage: GuideItem & { everyDays: number } = {
  id: "sports-massage",
  title: "Monthly sports massage",
  summary: "A sports massage about once a month, from a therapist who knows runners.",
  points: ["Book it away from races and hard sessions.", "Tell the therapist about your back and any flare-ups."],
  everyDays: defaultProtocol.maintenance.massageEveryDays,
  sources: [sources.article],
};

export const surfaceMix: GuideItem = {
  id: "surface-rotation",
  title: "Mix your running surfaces",
  summary: "Spread your runs over trails, track and asphalt, and never run on concrete two days in a row.",
  points: [
    "Different surfaces load the body in slightly different ways.",
    "Concrete is the hardest: if you ran on it yesterday, choose something else today.",
  ],
  sources: [sources.article],
};

export const longTerm: readonly GuideItem[] = [strengthSessions, mobilityMinutes, sportsMassage, surfaceMix];

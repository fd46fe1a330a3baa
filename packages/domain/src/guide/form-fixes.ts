import { defaultProtocol } from "../protocol/default-protocol.ts";
import { sources } from "../sources/sources.ts";
import type { GuideItem } from "./guide-types.ts";

/** Metres in one international mile (exact by definition): the drill repeats every mile. */
const METERS_PER_MILE = 1609.344;

const { targetMinStepsPerMinute, targetMaxStepsPerMinute, stepIncreaseShare } = defaultProtocol.cadence;

/** Cadence with a metronome: the article's first form fix, stepped up as in Heiderscheit 2011. */
export const cadenceMetronome: GuideItem & { targetMinStepsPerMinute: number; targetMaxStepsPerMinute: number } = {
  id: "cadence-metronome",
  title: "Quicker, shorter steps",
  summary: `Run at ${targetMinStepsPerMinute}-${targetMaxStepsPerMinute} steps a minute, with a metronome to keep time.`,
  points: [
    "Set a metronome app (or Backstride's) to your target and match a footfall to each beat.",
    `If you are well below the target, go up about ${Math.round(stepIncreaseShare * 100)}% at a time and settle in before the next step.`,
    "More steps at the same speed means each one is shorter, so your foot lands closer under you.",
  ],
  caveats: [
    "A higher step rate reliably changes how you land; whether it prevents injury is not yet proven, and it has not been studied in runners with back pain.",
    "Watches often count steps per minute for one foot: double that number to compare.",
  ],
  targetMinStepsPerMinute,
  targetMaxStepsPerMinute,
  sources: [sources.article, sources.heiderscheit2011, sources.anderson2022],
};

/** The tall-plank drill: a posture reset at every mile. */
export const tallPlankDrill: GuideItem & { everyMeters: number; durationSeconds: number } = {
  id: "tall-plank-drill",
  title: "Tall-plank drill",
  summary: "Once every mile, spend 20 seconds running as tall as you can.",
  points: [
    "Picture a rope fixed to the top of your head, gently pulling you upward.",
    "Let the body stay straight from ankles to head, like a plank that is standing up.",
    "Keep breathing and keep the shoulders loose; after 20 seconds, just run, keeping some of that height.",
  ],
  everyMeters: METERS_PER_MILE,
  durationSeconds: 20,
  sources: [sources.article],
};

export const downhillStrategy: GuideItem = {
  id: "downhill-strategy",
  title: "Running downhill",
  summary: "Going down, take shorter steps and lean a little forward from the ankles.",
  points: [
    "Shorten your stride so the foot lands under you, not out in front.",
    "Tip the whole body slightly forward from the ankles instead of leaning back and braking.",
    "If downhills still hurt, walk them for now.",
  ],
  sources: [sources.article],
};

export const filmFormWeekly: GuideItem & { everyDays: number } = {
  id: "film-form-weekly",
  title: "Film your running once a week",
  summary: "A short video each week shows what you cannot feel.",
  points: [
    "Ask a friend to film 10-20 seconds from the side and from behind, or prop a phone up by the track.",
    "From the side: does your foot land far in front of your body? From behind: do the hips drop or the torso sway?",
    "Change one small thing at a time and compare next week's video.",
  ],
  everyDays: 7,
  sources: [sources.article],
};

export const formFixes: readonly GuideItem[] = [cadenceMetronome, tallPlankDrill, downhillStrategy, filmFormWeekly];

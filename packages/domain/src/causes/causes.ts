import { sources } from "../sources/sources.ts";
import type { Cause, CauseId } from "./cause-types.ts";

/**
 * The article's five common causes of running back pain, in the article's order (which is also the
 * tie-break order when ranking). Fixes point at protocol exercise ids and guide ids.
 */
export const causes: readonly Cause[] = [
  {
    id: "overstriding",
    name: "Overstriding",
    why: "Reaching far ahead and landing on the heel with a straight leg sends a jolt up through the spine with every step.",
    signs: [
      "A loud scuffing or slapping from your heels",
      "Pain that gets worse running downhill",
      "Landing heel-first with the foot well in front of you",
    ],
    fixes: [
      {
        title: "Raise your cadence",
        detail: "Aim for 170-180 steps a minute with a metronome app, 5% at a time from where you are now.",
        exerciseIds: [],
        guideIds: ["cadence-metronome"],
      },
      {
        title: "Run downhills differently",
        detail: "Take shorter steps and lean slightly forward from the ankles.",
        exerciseIds: [],
        guideIds: ["downhill-strategy"],
      },
      {
        title: "Tall-plank drill",
        detail: "Once every mile, run 20 seconds picturing a rope lifting the top of your head.",
        exerciseIds: [],
        guideIds: ["tall-plank-drill"],
      },
    ],
    sources: [sources.article, sources.heiderscheit2011, sources.anderson2022],
  },
  {
    id: "hip-flexor-tightness",
    name: "Tight hip flexors",
    why: "Tight muscles at the front of the hip tip the pelvis forward, so the lower back has to arch too much.",
    signs: ["Trouble lifting your knees", "Pain when you stand up after sitting", "Long hours sitting each day"],
    fixes: [
      {
        title: "90/90 hip rotations",
        detail: "2 minutes each side in the daily circuit.",
        exerciseIds: ["hip-90-90-rotation"],
      },
      {
        title: "Daily mobility",
        detail: "10 minutes a day for the hips and upper back.",
        exerciseIds: ["hip-90-90-rotation", "thoracic-open-book", "cat-cow"],
        guideIds: ["mobility-minutes"],
      },
      {
        title: "Sit less",
        detail: "A standing desk, or getting up every half hour, stops sitting from undoing the work.",
        exerciseIds: [],
        guideIds: ["standing-desk"],
      },
    ],
    sources: [sources.article],
  },
  {
    id: "weak-glutes-hamstrings",
    name: "Weak glutes and hamstrings",
    why: "When the muscles at the back of the hips and thighs tire, the small muscles of the lower back take over their work.",
    signs: ["Pain that starts after about 3 miles (5 km)", "Buttock muscles that feel switched off"],
    fixes: [
      {
        title: "Glute bridges with a band",
        detail: "3 sets of 12 in the daily circuit.",
        exerciseIds: ["glute-bridge-band"],
      },
      {
        title: "Single-leg Romanian deadlifts",
        detail: "With a light 5 lb (2.3 kg) weight, to even out left and right.",
        exerciseIds: ["single-leg-rdl"],
      },
      {
        title: "Strength twice a week",
        detail: "From week 4: deadlifts and hip thrusts for the back of the body.",
        exerciseIds: ["deadlift", "hip-thrust"],
        guideIds: ["strength-sessions"],
      },
    ],
    sources: [sources.article],
  },
  {
    id: "core-collapse",
    name: "Core collapse",
    why: "As the middle of the body tires, the torso starts to wobble and the joints of the spine take the strain.",
    signs: ["Your shirt bounces unevenly or your upper body wobbles", "Your posture falls apart late in a run"],
    fixes: [
      {
        title: "Dead bugs",
        detail: "3 sets of 10 each side in the daily circuit.",
        exerciseIds: ["dead-bug"],
      },
      {
        title: "Tall-plank drill",
        detail: "Every mile, 20 seconds running tall as if pulled up by a rope.",
        exerciseIds: [],
        guideIds: ["tall-plank-drill"],
      },
    ],
    sources: [sources.article],
  },
  {
    id: "shoe-issues",
    name: "Worn or unsuitable shoes",
    why: "Tired cushioning or poor support passes more of the landing shock up to the spine.",
    signs: ["Pain eases in new shoes", "Soles worn down unevenly", "Shoes with more than 300 miles (480 km) on them"],
    fixes: [
      {
        title: "Check the drop",
        detail: "A heel-to-toe drop of 6-8 mm suits most runners.",
        exerciseIds: [],
        guideIds: ["shoe-selection"],
      },
      {
        title: "Replace on time",
        detail: "Check your shoes at 300 miles and replace them by 500 miles, even if the tread looks fine.",
        exerciseIds: [],
        guideIds: ["shoe-replacement"],
      },
      {
        title: "Rotate pairs",
        detail: "Runners who switch between more than one pair get injured less often.",
        exerciseIds: [],
        guideIds: ["rotate-shoes"],
      },
    ],
    sources: [sources.article, sources.malisoux2015, sources.malisoux2016],
  },
];

/** Looks a cause up by id; every CauseId has exactly one cause. */
export function causeById(id: CauseId): Cause {
  const cause = causes.find((candidate) => candidate.id === id);
  if (!cause) throw new Error(`unknown cause ${id}`);
  return cause;
}

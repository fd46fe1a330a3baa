import type { CauseQuestion } from "./cause-types.ts";

/**
 * The cause finder's yes/no questions, one per sign in the article's table. Ids are stored in
 * causes.assessed events: never rename or reuse one. Weights: a direct sign during running counts 1;
 * a background habit that only makes a cause more likely (long sitting) counts 0.5.
 */
export const causeQuestions: readonly CauseQuestion[] = [
  {
    id: "heel-scuff-sound",
    causeId: "overstriding",
    text: "Do your feet make a heavy scuffing or slapping sound as you land?",
    weight: 1,
  },
  { id: "pain-worse-downhill", causeId: "overstriding", text: "Does your back hurt more running downhill?", weight: 1 },
  {
    id: "heel-first-foot-ahead",
    causeId: "overstriding",
    text: "Do you land on your heel with your foot well out in front of your body?",
    weight: 1,
  },
  {
    id: "hard-to-lift-knees",
    causeId: "hip-flexor-tightness",
    text: "Is it hard to lift your knees when you run?",
    weight: 1,
  },
  {
    id: "pain-standing-after-sitting",
    causeId: "hip-flexor-tightness",
    text: "Does your back hurt when you stand up after sitting?",
    weight: 1,
  },
  {
    id: "long-hours-sitting",
    causeId: "hip-flexor-tightness",
    text: "Do you sit for many hours most days?",
    weight: 0.5,
  },
  {
    id: "pain-after-5km",
    causeId: "weak-glutes-hamstrings",
    text: "Does the pain start only after about 3 miles (5 km)?",
    weight: 1,
  },
  {
    id: "buttocks-feel-inactive",
    causeId: "weak-glutes-hamstrings",
    text: "Do your buttock muscles feel like they are not doing much when you run?",
    weight: 1,
  },
  {
    id: "torso-wobble",
    causeId: "core-collapse",
    text: "Does your shirt bounce unevenly, or does your upper body wobble as you run?",
    weight: 1,
  },
  { id: "posture-fades-late", causeId: "core-collapse", text: "Does your posture slump late in a run?", weight: 1 },
  {
    id: "better-in-new-shoes",
    causeId: "shoe-issues",
    text: "Does the pain ease when you run in new shoes?",
    weight: 1,
  },
  {
    id: "soles-worn-unevenly",
    causeId: "shoe-issues",
    text: "Are the soles of your shoes worn down unevenly?",
    weight: 1,
  },
  {
    id: "shoes-over-300-miles",
    causeId: "shoe-issues",
    text: "Have your shoes done more than 300 miles (480 km)?",
    weight: 1,
  },
];

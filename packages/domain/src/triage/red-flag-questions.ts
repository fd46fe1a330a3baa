import { sources } from "../sources/sources.ts";
import type { RedFlagQuestion } from "./triage-types.ts";

const CES = "cauda equina syndrome";
const cesConcern =
  "Pressure on the bundle of nerves at the base of the spine (cauda equina syndrome): a surgical emergency.";
const cesSources = [sources.girftCes2023, sources.finucane2020, sources.niceNg59];

/**
 * The red-flag questions, asked at onboarding, at every flare-up and whenever new leg symptoms are
 * logged. Ids are stored in triage.answered events: never rename or reuse one; add new ids instead.
 * Order is the order the app asks them, most serious first within each level.
 */
export const redFlagQuestions: readonly RedFlagQuestion[] = [
  // Emergency: cauda equina warning card (GIRFT 2023); the article's saddle numbness is its first item.
  {
    id: "saddle-numbness",
    text: "Do you have numbness or tingling around your groin, genitals, inner thighs, buttocks or back passage?",
    hint: "Doctors call this the saddle area: the parts that would touch a bike saddle.",
    level: "emergency",
    concern: cesConcern,
    symptom: "numbness or tingling in my saddle area",
    suspected: CES,
    sources: [sources.article, ...cesSources],
  },
  {
    id: "wiping-feeling-changed",
    text: "Does it feel different when you wipe yourself after the toilet?",
    level: "emergency",
    concern: cesConcern,
    symptom: "a changed feeling when I wipe after the toilet",
    suspected: CES,
    sources: cesSources,
  },
  {
    id: "bladder-change",
    text: "Is there new trouble with your bladder: starting or stopping, not feeling the urine pass, or leaking?",
    level: "emergency",
    concern: cesConcern,
    symptom: "new bladder problems",
    suspected: CES,
    sources: cesSources,
  },
  {
    id: "bowel-control-loss",
    text: "Have you lost control of your bowels, or can you no longer feel when you need to go?",
    level: "emergency",
    concern: cesConcern,
    symptom: "loss of bowel control or feeling",
    suspected: CES,
    sources: cesSources,
  },
  {
    id: "sexual-function-change",
    text: "Have you noticed a new change in sexual function or in feeling in your genitals?",
    level: "emergency",
    concern: cesConcern,
    symptom: "a new change in sexual function or genital feeling",
    suspected: CES,
    sources: cesSources,
  },
  {
    id: "sciatica-both-legs",
    text: "Do you have pain, numbness or tingling running down both legs?",
    hint: "Nerve pain down the leg is often called sciatica.",
    level: "emergency",
    concern: cesConcern,
    symptom: "nerve pain down both legs",
    suspected: CES,
    sources: cesSources,
  },
  {
    id: "leg-weakness-worsening",
    text: "Are your legs getting weaker, is a foot dragging or slapping down, or are you unsteady when you walk?",
    hint: "A foot that drags or slaps the ground is called foot drop.",
    level: "emergency",
    concern: cesConcern,
    symptom: "worsening leg weakness or unsteady walking",
    suspected: CES,
    sources: cesSources,
  },
  // Emergency, same day: infection, fracture, cancer pressing on the nerves (NICE NG59; IFOMPT).
  {
    id: "fever-with-back-pain",
    text: "Do you have a fever or chills along with this back pain?",
    hint: "A temperature of 38 °C (100.4 °F) or more, or shivering fits.",
    level: "emergency",
    concern: "An infection in or near the spine.",
    symptom: "a fever or chills",
    suspected: "a spinal infection",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "major-trauma",
    text: "Did this back pain start after a big accident, such as a fall from a height or a road crash?",
    level: "emergency",
    concern: "A broken bone in the spine (fracture).",
    symptom: "pain that started after a major accident",
    suspected: "a spinal fracture",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "cancer-history-new-neuro",
    text: "Have you ever had cancer, and do you now have new leg weakness, numbness, or bladder or bowel changes?",
    level: "emergency",
    concern: "Cancer pressing on the spinal cord or nerves.",
    symptom: "a history of cancer with new leg or bladder/bowel symptoms",
    suspected: "spinal cord compression",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  // Urgent: see a doctor within days.
  {
    id: "leg-pain-below-knee",
    text: "Does pain shoot down your leg past the knee?",
    level: "urgent",
    concern: "An irritated nerve in the lower back (sciatica), possibly from a bulging disc.",
    symptom: "pain shooting down my leg past the knee",
    suspected: "sciatica",
    sources: [sources.article, sources.niceNg59],
  },
  {
    id: "progressive-numbness",
    text: "Is numbness anywhere in your legs or feet spreading or getting worse?",
    level: "urgent",
    concern: "A nerve under growing pressure, or a bone injury such as a stress fracture.",
    symptom: "numbness that keeps getting worse",
    sources: [sources.article, sources.finucane2020],
  },
  {
    id: "night-pain-waking",
    text: "Does back pain wake you up at night?",
    level: "urgent",
    concern: "Pain that wakes you can, rarely, come from an infection or a growth; a doctor should check.",
    symptom: "back pain that wakes me at night",
    sources: [sources.article, sources.finucane2020],
  },
  {
    id: "constant-night-or-rest-pain",
    text: "Is the pain there all the time, even lying still or at rest, whatever position you try?",
    level: "urgent",
    concern: "Pain that movement and rest do not change is not typical of a strain.",
    symptom: "constant pain even at rest",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "cancer-history",
    text: "Have you ever been treated for cancer?",
    level: "urgent",
    concern: "Back pain after cancer should be checked, in case it has spread to the spine.",
    symptom: "a history of cancer",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "unexplained-weight-loss",
    text: "Have you lost weight recently without trying?",
    level: "urgent",
    concern: "Weight loss without a reason, together with back pain, needs a doctor's check.",
    symptom: "weight loss I can't explain",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "first-episode-age",
    text: "Is this your first ever bout of back pain, and are you under 16 or over 60?",
    level: "urgent",
    concern: "New back pain at these ages is less often a simple strain.",
    symptom: "back pain for the first time at my age",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "steroids-osteoporosis-severe-pain",
    text: "Do you take steroid tablets long-term or have thin bones, and is this pain new and severe?",
    hint: "Thin, fragile bones are called osteoporosis; steroids include prednisolone.",
    level: "urgent",
    concern: "A small break in a weakened bone of the spine (fragility fracture).",
    symptom: "new severe pain while on long-term steroids or with osteoporosis",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  {
    id: "immunosuppression-or-injected-drugs",
    text: "Is your immune system weakened by illness or medicine, or have you ever injected drugs?",
    level: "urgent",
    concern: "A higher chance of infection in the spine.",
    symptom: "a weakened immune system or past injected drug use",
    sources: [sources.niceNg59, sources.finucane2020],
  },
  // Soon: routine check.
  {
    id: "no-better-after-two-weeks",
    text: "Has your pain stayed the same after 2 weeks of rest?",
    level: "soon",
    concern: "Pain that does not settle with rest deserves a proper assessment.",
    symptom: "pain that has not improved after 2 weeks",
    sources: [sources.article, sources.niceNg59],
  },
  {
    id: "inflammatory-pattern",
    text: "Did this back pain start before age 45 and last over 3 months, with stiffness in the mornings that eases once you move?",
    hint: "Waking with back pain in the second half of the night is part of the same pattern, called inflammatory back pain.",
    level: "soon",
    concern:
      "An inflammatory condition of the spine (such as axial spondyloarthritis) that a rheumatologist can treat.",
    symptom: "long-lasting back pain with morning stiffness",
    sources: [sources.niceNg65],
  },
];

/** Looks a question up by its stable id; undefined when unknown. */
export function redFlagQuestionById(id: string): RedFlagQuestion | undefined {
  return redFlagQuestions.find((question) => question.id === id);
}

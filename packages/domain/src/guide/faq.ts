import { defaultProtocol } from "../protocol/default-protocol.ts";
import { sources } from "../sources/sources.ts";
import type { GuideQuestion } from "./guide-types.ts";

const { stopThreshold0to10, noImpactDaysMin, noImpactDaysMax } = defaultProtocol.pain;

/** The article's four reader questions, answered in our words. */
export const faq: readonly GuideQuestion[] = [
  {
    id: "run-through-pain",
    question: "Can I keep running when my lower back hurts?",
    shortAnswer: "No.",
    answer: `Back pain on a run is not ordinary muscle soreness: it means something in the back is irritated, and pushing on is how short problems become long ones. Stop when pain reaches ${stopThreshold0to10}/10, then take ${noImpactDaysMin}-${noImpactDaysMax} days off running and other impact.`,
    relatedIds: ["pool-walking"],
    sources: [sources.article],
  },
  {
    id: "treadmill-better",
    question: "Is a treadmill better for a sore back?",
    shortAnswer: "It depends: it has a good side and a bad side.",
    answer:
      "The belt is softer than the road, which lowers the shock of each step. But the moving belt tends to shorten your stride and round the lower back forward. When you do use one, raise the incline to 1% or more.",
    relatedIds: ["treadmill"],
    sources: [sources.article],
  },
  {
    id: "best-sleeping-position",
    question: "What is the best way to sleep after a run with back pain?",
    shortAnswer: "On your side with a pillow between your knees.",
    answer:
      "Lying on your side with a pillow between the knees lines up the hips best. If you sleep on your back, put a pillow under your knees to keep the lower back's curve. Sleeping on your stomach is the worst choice: it flattens the spine and twists the neck.",
    relatedIds: ["sleep-positions"],
    sources: [sources.article],
  },
  {
    id: "cycling-helps",
    question: "Can cycling help while my back recovers?",
    shortAnswer: "Yes, if the bike fits you.",
    answer:
      "Handlebars that are too low make the back round over. Set the bike up so you sit fairly upright, with the saddle at a height where the knee stays slightly bent at the bottom of each pedal stroke.",
    relatedIds: ["cycling"],
    sources: [sources.article],
  },
];

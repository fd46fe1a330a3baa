import { sources } from "../sources/sources.ts";
import type { GuideItem } from "./guide-types.ts";

export const sleepPositions: GuideItem = {
  id: "sleep-positions",
  title: "Sleeping positions",
  summary: "Sleep on your side with a pillow between your knees, or on your back with a pillow under them.",
  points: [
    "On your side: a pillow between the knees keeps the hips level, the best position for a sore back.",
    "On your back: a pillow under the knees keeps the natural curve of the lower back.",
    "Avoid sleeping on your stomach: it flattens the lower back and twists the neck.",
  ],
  sources: [sources.article],
};

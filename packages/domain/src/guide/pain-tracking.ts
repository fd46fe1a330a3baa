import { defaultProtocol } from "../protocol/default-protocol.ts";
import { sources } from "../sources/sources.ts";
import type { GuideItem } from "./guide-types.ts";

const { stopThreshold0to10, noImpactDaysMin, noImpactDaysMax, reliefHours } = defaultProtocol.pain;

/**
 * The words at the anchors of the 0-10 pain scale. The app asks pain the same way everywhere, so these
 * are the only labels it shows on the scale.
 */
export const painScaleAnchors: readonly { pain0to10: number; label: string }[] = [
  { pain0to10: 0, label: "No pain" },
  { pain0to10: stopThreshold0to10, label: "Stop running" },
  { pain0to10: 10, label: "Worst pain imaginable" },
];

export const painTracking: GuideItem = {
  id: "pain-tracking",
  title: "Rate your pain on every run",
  summary: `Score your back pain from 0 to 10 during and after each run, and stop the moment it reaches ${stopThreshold0to10}/10.`,
  points: [
    "0 is no pain at all and 10 is the worst you can imagine.",
    `At ${stopThreshold0to10}/10, stop and walk home; do not try to finish the session.`,
    `After a stop, no running or other impact for ${noImpactDaysMin}-${noImpactDaysMax} days.`,
    "A drop of 2 points, or of about a third, is a real change; smaller shifts are day-to-day noise.",
  ],
  sources: [sources.article, sources.ostelo2008],
};

export const dontRushBack: GuideItem = {
  id: "dont-rush-back",
  title: "Feeling better is not the finish line",
  summary: "Keep to the 3-week rebuild even when the pain fades: rushing back is the most common way to relapse.",
  points: [
    `The first ${reliefHours} hours are for calming things down: pool walking, ice then heat, no stretching.`,
    "The next 3 weeks rebuild the weak links with a short daily circuit while walk/run sessions grow slowly.",
    "From week 4, add distance by no more than 10% a week and keep strength work twice a week.",
  ],
  sources: [sources.article],
};

export const painAndPacing: readonly GuideItem[] = [painTracking, dontRushBack];

import { sources } from "../sources/sources.ts";
import type { GuideItem } from "./guide-types.ts";

/** Kinds of gear the article found useful; we describe kinds, not brands. */
export const compressionShorts: GuideItem = {
  id: "compression-shorts",
  title: "Compression shorts with torso support",
  summary: "Compression tights that reach up over the lower back and belly, not only the thighs.",
  points: ["Choose a pair whose waistband extends up the torso for support around the lower back."],
  caveats: ["Comfort varies; they are an aid, not a treatment."],
  sources: [sources.article],
};

export const tensUnit: GuideItem & { durationSeconds: number } = {
  id: "tens-unit",
  title: "Portable TENS unit",
  summary: "A small device that sends a mild buzzing current through pads on the skin: 20 minutes after a long run.",
  points: [
    "Place the pads either side of the sore area, never over the spine itself, and follow the device's instructions.",
    "Use it for about 20 minutes after a long run for pain relief.",
  ],
  caveats: [
    "Do not use it if you have a pacemaker or other implanted device, are pregnant, or have epilepsy, without asking a doctor.",
    "It eases pain for a while; it does not fix the cause.",
  ],
  durationSeconds: 20 * 60,
  sources: [sources.article],
};

export const standingDesk: GuideItem = {
  id: "standing-desk",
  title: "Standing desk",
  summary: "A desk you can raise (or a converter on your desk) so you are not sitting all day.",
  points: [
    "Long hours of sitting tighten the hip flexors and undo rehab work.",
    "Switch between sitting and standing through the day rather than standing for hours.",
  ],
  sources: [sources.article],
};

export const foamRoller: GuideItem = {
  id: "foam-roller",
  title: "Foam roller",
  summary: "A textured foam roller can help with muscle tightness between flare-ups.",
  points: ["Roll the buttocks, thighs and upper back slowly; do not roll directly on the lower spine."],
  caveats: ["Never during a flare-up: rolling irritated tissue can turn a mild strain into a long one."],
  sources: [sources.article],
};

export const gear: readonly GuideItem[] = [compressionShorts, tensUnit, standingDesk, foamRoller];

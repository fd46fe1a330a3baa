import { sources } from "../sources/sources.ts";
import type { GuideItem, ProsConsGuideItem } from "./guide-types.ts";

export const poolWalking: GuideItem & { durationSeconds: number } = {
  id: "pool-walking",
  title: "Pool walking",
  summary: "Walk in chest-deep water for 20 minutes instead of running while your back settles.",
  points: [
    "Chest-deep water takes most of your body weight off the spine.",
    "Walk tall with normal, unhurried steps; swing the arms as you would on land.",
    "Stop if the pain climbs.",
  ],
  durationSeconds: 20 * 60,
  sources: [sources.article],
};

export const cycling: GuideItem = {
  id: "cycling",
  title: "Cycling",
  summary: "Cycling can keep you fit while you recover, as long as the bike fits you.",
  points: [
    "Sit fairly upright: handlebars set too low make the back round over.",
    "Set the saddle so your knee is still slightly bent when the pedal is at the bottom.",
    "Start with short, easy rides and keep the effort steady.",
  ],
  sources: [sources.article],
};

export const treadmill: ProsConsGuideItem & { minInclinePercent: number } = {
  id: "treadmill",
  title: "Treadmill running",
  summary: "A treadmill is a mixed bag: set it to at least a 1% incline if you use one.",
  points: [
    "Set the incline to 1% or more so it feels closer to running outside.",
    "Stand tall and keep your usual stride: do not let the belt shorten it or fold you forward.",
  ],
  pros: ["The softer belt cuts the shock of each landing."],
  cons: ["The moving belt tends to shorten your stride and make the lower back round forward more."],
  minInclinePercent: 1,
  sources: [sources.article],
};

export const crossTraining: readonly GuideItem[] = [poolWalking, cycling, treadmill];

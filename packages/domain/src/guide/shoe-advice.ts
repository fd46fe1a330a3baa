import { defaultProtocol } from "../protocol/default-protocol.ts";
import { sources } from "../sources/sources.ts";
import type { GuideItem } from "./guide-types.ts";

const { idealDropMinMm, idealDropMaxMm } = defaultProtocol.shoes;

export const shoeSelection: GuideItem = {
  id: "shoe-selection",
  title: "Choosing shoes",
  summary: `Look for a heel-to-toe drop of ${idealDropMinMm}-${idealDropMaxMm} mm and a snug hold around the middle of the foot.`,
  points: [
    `Drop is how much higher the heel sits than the toes; ${idealDropMinMm}-${idealDropMaxMm} mm avoids tipping the lower back into too much arch.`,
    "The middle of the shoe should wrap your arch snugly, like a bucket seat, so the foot does not roll and twist the spine.",
    "Do not choose on cushioning claims alone.",
  ],
  caveats: [
    "In a trial of 553 runners, drop made no difference overall: a low drop helped occasional runners but was linked to more injuries in regular runners. If a shoe you know works for you has a different drop, change slowly.",
  ],
  sources: [sources.article, sources.malisoux2016],
};

export const shoeReplacement: GuideItem = {
  id: "shoe-replacement",
  title: "When to replace shoes",
  summary: "Check your shoes at 300 miles (480 km) and replace them by 500 miles (800 km).",
  points: [
    "The foam wears out even when the tread still looks fine.",
    "Write the purchase date inside the shoe with a marker, and add the shoe in Backstride so it counts the distance for you.",
  ],
  caveats: ["No injury study backs a fixed number of miles; treat 300-500 miles as a time to check, not a rule."],
  sources: [sources.article],
};

export const rotateShoes: GuideItem = {
  id: "rotate-shoes",
  title: "Rotate more than one pair",
  summary: "Switching between two or more pairs of running shoes is linked to fewer injuries.",
  points: [
    "Alternate pairs from run to run, for example a firmer and a softer pair.",
    "Log which pair you wore so each one's distance is tracked.",
  ],
  caveats: [
    "This comes from an observational study (HR 0.61): it shows a link, not proof that rotating prevents injury.",
  ],
  sources: [sources.malisoux2015],
};

export const shoeAdvice: readonly GuideItem[] = [shoeSelection, shoeReplacement, rotateShoes];

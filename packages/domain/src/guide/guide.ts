import { crossTraining } from "./cross-training.ts";
import { formFixes } from "./form-fixes.ts";
import { gear } from "./gear.ts";
import type { GuideItem, GuideSection } from "./guide-types.ts";
import { longTerm } from "./long-term.ts";
import { painAndPacing } from "./pain-tracking.ts";
import { shoeAdvice } from "./shoe-advice.ts";
import { sleepPositions } from "./sleep.ts";

/** The guide as the app shows it, section by section. Section ids are stable. */
export const guideSections: readonly GuideSection[] = [
  { id: "pain", title: "Pain and pacing", items: painAndPacing },
  { id: "form", title: "Form fixes", items: formFixes },
  { id: "shoes", title: "Shoes", items: shoeAdvice },
  { id: "long-term", title: "Staying pain-free", items: longTerm },
  { id: "cross-training", title: "Cross-training", items: crossTraining },
  { id: "sleep", title: "Sleep", items: [sleepPositions] },
  { id: "gear", title: "Gear that can help", items: gear },
];

/** Every guide item, in section order. */
export const guideItems: readonly GuideItem[] = guideSections.flatMap((section) => section.items);

/** Looks a guide item up by id; undefined when unknown. */
export function guideItemById(id: string): GuideItem | undefined {
  return guideItems.find((item) => item.id === id);
}

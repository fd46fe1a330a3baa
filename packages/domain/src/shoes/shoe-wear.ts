import type { ShoeRules, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";
import { type DistanceUnit, metersToUnit } from "../units/conversions.ts";
import { formatDistance } from "../units/format-units.ts";

/**
 * The article's 300 and 500 miles are round numbers of thumb; in km they read as 480 and 800, not
 * 482.8 and 804.7, which would claim a precision the advice does not have.
 */
function thresholdText(meters: number, unit: DistanceUnit): string {
  return unit === "km" ? `${Math.round(metersToUnit(meters, "km") / 10) * 10} km` : formatDistance(meters, unit);
}

export interface ShoeWear {
  /** ok; warn: check the foam (300 mi); replace: past 500 mi; retired: no longer in use. */
  status: "ok" | "warn" | "replace" | "retired";
  message: string;
  /** Extra notes, e.g. a drop outside the article's 6–8 mm, with the evidence caveat. */
  notes: { code: "drop-outside-range"; text: string; sources: SourceRef[] }[];
  sources: SourceRef[];
}

/**
 * The article: replace shoes every 300–500 miles, even if the tread looks fine, and look for a 6–8 mm
 * heel-to-toe drop. No injury study backs a fixed mileage (cushioning does wear), so 300 mi is a check
 * and 500 mi a replacement; Malisoux 2016 found no overall effect of drop, so drop is a note only.
 */
export function shoeWear(input: {
  shoe: {
    /** Distance run in this pair so far, metres. */
    distanceMeters: number;
    /** Heel-to-toe drop, millimetres, when known. */
    dropMm?: number;
    /** Set when the pair is no longer used (ISO date or instant). */
    retiredAt?: string;
  };
  rules: ShoeRules;
  /** Display unit for the message (default mi, the article's unit). */
  unit?: DistanceUnit;
}): ShoeWear {
  const { shoe, rules } = input;
  const unit = input.unit ?? "mi";
  const notes: ShoeWear["notes"] = [];
  if (shoe.dropMm !== undefined && (shoe.dropMm < rules.idealDropMinMm || shoe.dropMm > rules.idealDropMaxMm)) {
    notes.push({
      code: "drop-outside-range",
      text: `Drop ${shoe.dropMm} mm is outside the article's ${rules.idealDropMinMm}–${rules.idealDropMaxMm} mm. A large study found no overall effect of drop (low drop suited occasional runners, not regular ones), so change only if your back agrees.`,
      sources: [sources.article, sources.malisoux2016],
    });
  }
  const run = formatDistance(shoe.distanceMeters, unit);
  const shoeSources = [sources.article];
  if (shoe.retiredAt !== undefined) {
    return { status: "retired", message: `Retired after ${run}.`, notes, sources: shoeSources };
  }
  if (shoe.distanceMeters >= rules.replaceAtMeters) {
    return {
      status: "replace",
      message: `${run} in these shoes: past ${thresholdText(rules.replaceAtMeters, unit)}, time for a new pair even if the tread looks fine.`,
      notes,
      sources: shoeSources,
    };
  }
  if (shoe.distanceMeters >= rules.warnAtMeters) {
    return {
      status: "warn",
      message: `${run} in these shoes: past ${thresholdText(rules.warnAtMeters, unit)}, the foam may be tired. Plan a new pair before ${thresholdText(rules.replaceAtMeters, unit)}.`,
      notes,
      sources: shoeSources,
    };
  }
  return {
    status: "ok",
    message: `${run} in these shoes; check them at ${thresholdText(rules.warnAtMeters, unit)}.`,
    notes,
    sources: shoeSources,
  };
}

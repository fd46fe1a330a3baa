import { describe, expect, it } from "vitest";
import { causes } from "../causes/causes.ts";
import { faq } from "./faq.ts";
import { guideItemById, guideItems, guideSections } from "./guide.ts";

describe("guide", () => {
  it("keeps item ids unique and stable", () => {
    const ids = guideItems.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toMatchInlineSnapshot(`
      [
        "pain-tracking",
        "dont-rush-back",
        "cadence-metronome",
        "tall-plank-drill",
        "downhill-strategy",
        "film-form-weekly",
        "shoe-selection",
        "shoe-replacement",
        "rotate-shoes",
        "strength-sessions",
        "mobility-minutes",
        "sports-massage",
        "surface-rotation",
        "pool-walking",
        "cycling",
        "treadmill",
        "sleep-positions",
        "compression-shorts",
        "tens-unit",
        "standing-desk",
        "foam-roller",
      ]
    `);
  });

  it("keeps section ids stable", () => {
    expect(guideSections.map((section) => section.id)).toEqual([
      "pain",
      "form",
      "shoes",
      "long-term",
      "cross-training",
      "sleep",
      "gear",
    ]);
  });

  it("gives every item a summary, points and a source", () => {
    for (const item of guideItems) {
      expect(item.summary.length).toBeGreaterThan(10);
      expect(item.points.length).toBeGreaterThan(0);
      expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it("resolves every guide id a cause fix or an answer points to", () => {
    const referenced = [
      ...causes.flatMap((cause) => cause.fixes.flatMap((fix) => fix.guideIds ?? [])),
      ...faq.flatMap((entry) => entry.relatedIds),
    ];
    for (const id of referenced) expect(guideItemById(id), id).toBeDefined();
  });

  it("returns undefined for an unknown id", () => {
    expect(guideItemById("nope")).toBeUndefined();
  });
});

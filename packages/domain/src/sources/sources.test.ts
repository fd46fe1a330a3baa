import { describe, expect, it } from "vitest";
import { sourceById, sourceList, sources } from "./sources.ts";

describe("sources", () => {
  it("has unique, stable ids", () => {
    const ids = sourceList.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toMatchInlineSnapshot(`
      [
        "article",
        "nice-ng59",
        "finucane-2020",
        "girft-ces-2023",
        "nice-ng65",
        "buist-2008",
        "nielsen-2014",
        "frandsen-2025",
        "heiderscheit-2011",
        "anderson-2022",
        "silbernagel-2007",
        "neason-2024",
        "malisoux-2015",
        "malisoux-2016",
        "ostelo-2008",
        "stratford-1995",
        "maughan-lewis-2010",
        "jaeschke-1989",
      ]
    `);
  });

  it("gives every source a label and a one-line finding", () => {
    for (const source of sourceList) {
      expect(source.label.length).toBeGreaterThan(0);
      expect(source.finding?.length ?? 0).toBeGreaterThan(20);
      expect(source.finding).not.toMatch(/\n/);
    }
  });

  it("finds a source by id", () => {
    expect(sourceById("frandsen-2025")).toBe(sources.frandsen2025);
    expect(sourceById("unknown")).toBeUndefined();
  });
});

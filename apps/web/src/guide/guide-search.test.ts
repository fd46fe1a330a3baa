import { causes, faq, guideSections, redFlagQuestions } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { buildGuideContent } from "./guide-content.ts";
import { resultsSummary, searchGuide } from "./guide-search.ts";

const content = buildGuideContent();

describe("guide content", () => {
  it("covers every part of the article's advice, from the domain's data", () => {
    const ids = content.map((section) => section.id);
    expect(ids).toEqual([
      "causes",
      "relief",
      "rebuild",
      "return",
      ...guideSections.map((section) => `guide-${section.id}`),
      "strength",
      "questions",
      "doctor",
    ]);
    const entryCount = (id: string) => content.find((section) => section.id === id)?.entries.length;
    expect(entryCount("causes")).toBe(causes.length);
    expect(entryCount("questions")).toBe(faq.length);
    const doctor = content.find((section) => section.id === "doctor");
    const flagged = doctor?.entries.flatMap((entry) => (entry.kind === "red-flags" ? entry.questions : []));
    expect(flagged).toHaveLength(redFlagQuestions.length);
  });

  it("gives every entry a unique id (they become anchors)", () => {
    const ids = content.flatMap((section) => [section.id, ...section.entries.map((entry) => entry.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("lists the return weeks with the week 4+ rules", () => {
    const table = content.flatMap((section) => section.entries).find((entry) => entry.kind === "return-table");
    expect(table?.kind === "return-table" && table.weeks.map((week) => week.week)).toEqual([1, 2, 3]);
    expect(table?.kind === "return-table" && table.weekFourPlus[0]).toContain("10%");
  });
});

describe("searchGuide", () => {
  it("keeps everything for an empty query", () => {
    const all = searchGuide(content, "  ");
    expect(all.sections).toHaveLength(content.length);
    expect(all.count).toBe(content.reduce((sum, section) => sum + section.entries.length, 0));
  });

  it("finds entries by every word, ignoring case and accents", () => {
    const result = searchGuide(content, "PILLOW knées");
    expect(result.count).toBeGreaterThan(0);
    expect(result.sections.flatMap((section) => section.entries.map((entry) => entry.id))).toContain(
      "guide-sleep-sleep-positions",
    );
    for (const section of result.sections) {
      for (const entry of section.entries) expect(entry.searchText).toMatch(/pillow/);
    }
  });

  it("finds the emergency signs by a plain word", () => {
    const result = searchGuide(content, "saddle");
    expect(result.sections.map((section) => section.id)).toContain("doctor");
  });

  it("finds nothing for nonsense and says so", () => {
    const result = searchGuide(content, "xylophone");
    expect(result).toEqual({ sections: [], count: 0 });
    expect(resultsSummary("xylophone", 0)).toBe("No results for “xylophone”. Try another word.");
    expect(resultsSummary("shoes", 1)).toBe("1 result for “shoes”");
    expect(resultsSummary("", 5)).toBe("");
  });
});

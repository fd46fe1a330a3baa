import { describe, expect, it } from "vitest";
import { faq } from "./faq.ts";

describe("faq", () => {
  it("answers the article's four questions", () => {
    expect(faq.map((entry) => entry.id)).toEqual([
      "run-through-pain",
      "treadmill-better",
      "best-sleeping-position",
      "cycling-helps",
    ]);
  });

  it("says no to running through pain, with the stop and the days off impact", () => {
    const entry = faq[0];
    expect(entry?.shortAnswer).toBe("No.");
    expect(entry?.answer).toMatch(/3\/10/);
    expect(entry?.answer).toMatch(/3-5 days/);
  });

  it("keeps the 1% treadmill incline", () => {
    expect(faq[1]?.answer).toMatch(/incline to 1% or more/);
  });
});

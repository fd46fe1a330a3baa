import { describe, expect, it } from "vitest";
import { restoreSummary } from "./restore-summary.ts";

describe("restoreSummary", () => {
  it("counts what was added and what was already here", () => {
    expect(
      restoreSummary({
        events: { created: 12, duplicate: 3, conflict: 0 },
        shoes: { created: 2, existing: 0 },
        profileUpdated: false,
      }),
    ).toBe("Added 12 entries, 3 already here, 2 pairs of shoes.");
  });

  it("says when nothing was new, and explains conflicts", () => {
    expect(
      restoreSummary({
        events: { created: 0, duplicate: 5, conflict: 1 },
        shoes: { created: 0, existing: 1 },
        profileUpdated: true,
      }),
    ).toBe(
      "Added 0 entries, 5 already here. Your settings were taken from the export. 1 entry was not taken: an entry with the same id and other content is already here.",
    );
  });
});

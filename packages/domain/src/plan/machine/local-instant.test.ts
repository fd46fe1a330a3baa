import { describe, expect, it } from "vitest";
import { addHoursLocal } from "./local-instant.ts";

describe("addHoursLocal", () => {
  it("72 hours from a flare-up at 21:00 ends at 21:00 three days later, in the same offset", () => {
    expect(addHoursLocal("2026-03-02T21:00:00+01:00", 72)).toEqual({
      iso: "2026-03-05T21:00:00+01:00",
      local: "2026-03-05T21:00",
      localDate: "2026-03-05",
    });
  });

  it("keeps UTC instants in UTC and crosses month ends", () => {
    expect(addHoursLocal("2026-02-27T08:30:00Z", 72).local).toBe("2026-03-02T08:30");
  });

  it("rejects text that is not an instant with an offset", () => {
    expect(() => addHoursLocal("2026-03-02", 72)).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { checkRunBeforeSaving } from "./check-run-before-saving.ts";

const protocol = defaultProtocol;
// Previous ISO week (2–8 Mar): 20 km, longest 8 km. This week so far: 15 km.
const runs = [
  { localDate: "2026-03-03", distanceMeters: 6000, surface: "trail" as const },
  { localDate: "2026-03-05", distanceMeters: 6000, surface: "asphalt" as const },
  { localDate: "2026-03-07", distanceMeters: 8000, surface: "track" as const },
  { localDate: "2026-03-09", distanceMeters: 7000, surface: "asphalt" as const },
  { localDate: "2026-03-11", distanceMeters: 8000, surface: "concrete" as const },
];

const codes = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe("checkRunBeforeSaving", () => {
  it("has nothing to say about a modest run", () => {
    const candidate = { localDate: "2026-03-13", distanceMeters: 5000, surface: "trail" as const };
    expect(checkRunBeforeSaving({ runs, candidate, today: "2026-03-13", protocol })).toEqual([]);
  });
  it("warns when the week passes 110% of last week", () => {
    const candidate = { localDate: "2026-03-13", distanceMeters: 8000, surface: "trail" as const };
    const warnings = checkRunBeforeSaving({ runs, candidate, today: "2026-03-13", protocol });
    expect(codes(warnings)).toEqual(["weekly-cap-exceeded"]);
    expect(warnings[0]?.text).toContain("23 km");
  });
  it("warns about a single-run spike", () => {
    const candidate = { localDate: "2026-03-13", distanceMeters: 9000, surface: "trail" as const };
    expect(codes(checkRunBeforeSaving({ runs: runs.slice(0, 3), candidate, today: "2026-03-13", protocol }))).toEqual([
      "single-run-spike",
    ]);
  });
  it("warns about concrete two days in a row", () => {
    const candidate = { localDate: "2026-03-12", distanceMeters: 3000, surface: "concrete" as const };
    const warnings = checkRunBeforeSaving({ runs, candidate, today: "2026-03-12", protocol });
    expect(codes(warnings)).toEqual(["concrete-consecutive"]);
    expect(warnings[0]?.text).toContain("Wed 11 Mar");
  });
  it("says when the plan does not allow running, and skips the 10% cap before week 4", () => {
    const candidate = { localDate: "2026-03-13", distanceMeters: 8000, surface: "trail" as const };
    const warnings = checkRunBeforeSaving({
      runs,
      candidate,
      today: "2026-03-13",
      protocol,
      plan: {
        phase: "rebuild",
        runningAllowed: false,
        noImpactUntil: "2026-03-14",
        reasons: [{ code: "no-running-pain-stop", text: "pain 4/10 during Wed 11 Mar's run.", sources: [] }],
      },
    });
    expect(codes(warnings)).toEqual(["running-not-allowed"]);
    expect(warnings[0]?.level).toBe("stop");
    expect(warnings[0]?.text).toContain("pain 4/10");
  });
});

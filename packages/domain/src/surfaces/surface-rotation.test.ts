import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { concreteNeighbour } from "./concrete-neighbour.ts";
import { surfaceRotation } from "./surface-rotation.ts";

const rules = defaultProtocol.maintenance;

describe("surface rotation", () => {
  it("avoids concrete the day after a concrete run", () => {
    const advice = surfaceRotation({
      runs: [{ localDate: "2026-03-10", distanceMeters: 5000, surface: "concrete" }],
      today: "2026-03-11",
      rules,
    });
    expect(advice.avoidConcreteToday).toBe(true);
    expect(advice.text).toContain("Tue 10 Mar");
  });
  it("suggests the least recently used surface first", () => {
    const advice = surfaceRotation({
      runs: [
        { localDate: "2026-03-09", distanceMeters: 5000, surface: "trail" },
        { localDate: "2026-03-10", distanceMeters: 5000, surface: "asphalt" },
      ],
      today: "2026-03-11",
      rules,
    });
    expect(advice.avoidConcreteToday).toBe(false);
    expect(advice.suggested[0]).toBe("track");
  });
  it("finds a concrete neighbour on either side", () => {
    const runs = [{ localDate: "2026-03-12", distanceMeters: 5000, surface: "concrete" as const }];
    expect(concreteNeighbour({ runs, date: "2026-03-11", surface: "concrete" })).toBe("2026-03-12");
    expect(concreteNeighbour({ runs, date: "2026-03-11", surface: "trail" })).toBeNull();
    expect(concreteNeighbour({ runs, date: "2026-03-14", surface: "concrete" })).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { BackstrideEvent } from "../events/events.ts";
import { shoeRuns } from "./shoe-runs.ts";

const ids = ["a", "b", "c", "d", "e", "f"].map((letter) => `00000000-0000-4000-8000-00000000000${letter}`);
function base(index: number, localDate = "2026-03-02") {
  return { id: ids[index] ?? "", version: 1 as const, occurredAt: `${localDate}T07:00:00Z`, localDate };
}
function run(index: number, shoeId?: string): BackstrideEvent {
  return {
    ...base(index),
    type: "run.logged",
    distanceMeters: 5000,
    durationSeconds: 1800,
    surface: "asphalt",
    source: "import",
    ...(shoeId ? { shoeId } : {}),
  };
}

describe("shoeRuns", () => {
  it("follows corrections that move a run between pairs or change its distance", () => {
    const log: BackstrideEvent[] = [
      run(0, "old"),
      run(1, "old"),
      { ...base(2, "2026-03-05"), type: "run.corrected", forEventId: ids[0] ?? "", changes: { shoeId: "new" } },
      { ...base(3, "2026-03-05"), type: "run.corrected", forEventId: ids[1] ?? "", changes: { shoeId: null } },
      { ...base(4, "2026-03-06"), type: "run.corrected", forEventId: ids[0] ?? "", changes: { distanceMeters: 4000 } },
    ];
    expect(shoeRuns(log)).toEqual([
      { shoeId: "new", localDate: "2026-03-02", distanceMeters: 4000 },
      { localDate: "2026-03-02", distanceMeters: 5000 },
    ]);
  });

  it("drops deleted runs", () => {
    const log: BackstrideEvent[] = [
      run(0, "old"),
      run(1, "old"),
      { ...base(2), type: "entry.deleted", forEventId: ids[1] ?? "" },
    ];
    expect(shoeRuns(log)).toEqual([{ shoeId: "old", localDate: "2026-03-02", distanceMeters: 5000 }]);
  });
});

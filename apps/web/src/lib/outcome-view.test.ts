import type { PlanState } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { dischargeFrom, outcomesFor } from "./outcome-view.ts";
import { parseStoredEvents } from "./stored-events.ts";

const state = (name: PlanState["state"]["name"]): Pick<PlanState, "state" | "today"> => ({
  today: "2026-04-01",
  state: { name, since: "2026-03-30", reason: { code: "x", text: "x", sources: [] } as never },
});

describe("outcome view", () => {
  it("discharges at maintenance only", () => {
    expect(dischargeFrom(state("maintenance"))).toBe("2026-03-30");
    expect(dischargeFrom(state("progression"))).toBeNull();
  });

  it("asks nothing of a runner who has not started", () => {
    expect(outcomesFor([], state("awaiting-triage")).due).toBeNull();
  });

  it("keeps only stored events that parse, in the engine's order", () => {
    const later = {
      id: "0195c2a0-7c1e-7000-8000-000000000002",
      version: 1,
      type: "flare-up.reported",
      occurredAt: "2026-03-03T08:00:00+00:00",
      localDate: "2026-03-03",
      pain0to10: 5,
    };
    const earlier = {
      ...later,
      id: "0195c2a0-7c1e-7000-8000-000000000001",
      localDate: "2026-03-02",
      occurredAt: "2026-03-02T08:00:00+00:00",
    };
    const parsed = parseStoredEvents([later, { type: "from-the-future" }, earlier]);
    expect(parsed.map((event) => event.localDate)).toEqual(["2026-03-02", "2026-03-03"]);
  });
});

import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { planFlags } from "./plan-flags.ts";
import { planContext } from "./plan-for.ts";
import type { PlanReason } from "./plan-types.ts";

function flagsFor(events: Parameters<typeof planContext>[0]["events"], today: string) {
  const decisions: PlanReason[] = [];
  const flags = planFlags(planContext({ events, protocol: defaultProtocol, today }), decisions);
  return { flags, decisions };
}

describe("planFlags", () => {
  it("puts an open red flag first with its actions", () => {
    const l = eventLog();
    const { flags } = flagsFor(
      [
        l.triage("2026-03-02", { "fever-with-back-pain": true }),
        l.causes("2026-03-02"),
        l.run("2026-03-02", 9000, { surface: "concrete" }),
      ],
      "2026-03-03",
    );
    expect(flags[0]?.level).toBe("emergency");
    expect(flags[0]?.text).toContain("emergency");
  });
  it("flags a single-run spike for a week, then lets it go", () => {
    const l = eventLog();
    const events = [...l.onboard("2026-02-01"), l.run("2026-03-01", 5000), l.run("2026-03-03", 7000)];
    expect(flagsFor(events, "2026-03-09").flags.map((f) => f.id)).toEqual(["single-run-spike:2026-03-03"]);
    expect(flagsFor(events, "2026-03-10").flags).toEqual([]);
  });
  it("shows the coach's latest note as info", () => {
    const l = eventLog();
    const { flags, decisions } = flagsFor(
      [...l.onboard("2026-03-02"), l.coach("2026-03-03", { kind: "note", text: "Keep the pace easy." })],
      "2026-03-04",
    );
    expect(flags).toMatchObject([{ level: "info", title: "From your coach", text: "Keep the pace easy." }]);
    expect(decisions.map((d) => d.code)).toEqual(["coach-note"]);
  });
});

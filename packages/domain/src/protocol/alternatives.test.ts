import { describe, expect, it } from "vitest";
import { protocolAlternatives, protocolWithOptions } from "./alternatives.ts";
import { defaultProtocol } from "./default-protocol.ts";

describe("protocolAlternatives", () => {
  it("documents three alternatives with stable ids, rules and sources", () => {
    expect(protocolAlternatives.map((alternative) => alternative.id)).toEqual([
      "rebuild-first",
      "pain-monitoring",
      "asteroid-progression",
    ]);
    for (const alternative of protocolAlternatives) {
      expect(alternative.rules.length).toBeGreaterThan(0);
      expect(alternative.sources.length).toBeGreaterThan(0);
    }
    expect(protocolAlternatives[1]?.sources[0]?.id).toBe("silbernagel-2007");
    expect(protocolAlternatives[2]?.sources[0]?.id).toBe("neason-2024");
  });

  it("each alternative's options produce a different protocol", () => {
    for (const alternative of protocolAlternatives) {
      expect(protocolWithOptions(defaultProtocol, alternative.options)).not.toEqual(defaultProtocol);
    }
  });
});

describe("protocolWithOptions", () => {
  it("returns the base unchanged in content with no options", () => {
    expect(protocolWithOptions(defaultProtocol, {})).toEqual(defaultProtocol);
  });

  it("never mutates the base", () => {
    const before = structuredClone(defaultProtocol);
    protocolWithOptions(defaultProtocol, { rebuildFirst: true, painModel: "pain-monitoring", slowerProgression: true });
    expect(defaultProtocol).toEqual(before);
  });

  it("switches to rebuild-first sequencing", () => {
    const protocol = protocolWithOptions(defaultProtocol, { rebuildFirst: true });
    expect(protocol.sequencing).toBe("rebuild-first");
    expect(protocol.id).toBe("article-default+rebuild-first");
  });

  it("applies the pain-monitoring model: 0-2 safe, up to 5 acceptable, 6 stops", () => {
    const protocol = protocolWithOptions(defaultProtocol, { painModel: "pain-monitoring" });
    expect(protocol.pain.model).toBe("pain-monitoring");
    expect(protocol.pain.stopThreshold0to10).toBe(6);
    expect(protocol.pain.monitoring).toEqual({
      safeMax0to10: 2,
      acceptableMax0to10: 5,
      reduceIfWorseNextMorning: true,
    });
    expect(protocol.pain.reliefHours).toBe(72);
  });

  it("goes back to the article model from pain-monitoring", () => {
    const monitoring = protocolWithOptions(defaultProtocol, { painModel: "pain-monitoring" });
    const back = protocolWithOptions(monitoring, { painModel: "article-stop-at-3" });
    expect(back.pain.model).toBe("article-stop-at-3");
    expect(back.pain.stopThreshold0to10).toBe(3);
    expect(back.pain.monitoring).toBeUndefined();
  });

  it("keeps a base's pain model when no pain option is given", () => {
    const monitoring = protocolWithOptions(defaultProtocol, { painModel: "pain-monitoring" });
    expect(protocolWithOptions(monitoring, { rebuildFirst: true }).pain.model).toBe("pain-monitoring");
  });

  it("lets a coach set the stop threshold within 1-5", () => {
    expect(protocolWithOptions(defaultProtocol, { stopThreshold0to10: 2 }).pain.stopThreshold0to10).toBe(2);
    expect(protocolWithOptions(defaultProtocol, { stopThreshold0to10: 9 }).pain.stopThreshold0to10).toBe(5);
    expect(protocolWithOptions(defaultProtocol, { stopThreshold0to10: 0 }).pain.stopThreshold0to10).toBe(1);
  });

  it("makes progression earned, at most 3 sessions a week, keeping the article's intervals", () => {
    const protocol = protocolWithOptions(defaultProtocol, { slowerProgression: true });
    expect(protocol.returnToRun.progression).toEqual({
      kind: "earned",
      sessionsAtWeekBeforeAdvance: 2,
      maxWeeksAdvancedPerCalendarWeek: 1,
    });
    expect(protocol.returnToRun.weeks.map((week) => week.sessionsPerWeek)).toEqual([3, 3, 3]);
    expect(protocol.returnToRun.weeks.map((week) => week.runSeconds)).toEqual([60, 120, 240]);
  });
});

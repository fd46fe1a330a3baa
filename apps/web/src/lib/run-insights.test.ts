import { describe, expect, it } from "vitest";
import { describeBands, runInsights } from "./run-insights.ts";

describe("runInsights", () => {
  it("suggests a metronome 5% above a cadence below the band", () => {
    const [cadence] = runInsights({ cadenceStepsPerMinute: 158 });
    expect(cadence?.level).toBe("warning");
    expect(cadence?.title).toBe("Cadence 158: below 170–180");
    expect(cadence?.points[0]).toMatch(/166 beats a minute/);
  });

  it("says nothing to change inside the band", () => {
    const [cadence] = runInsights({ cadenceStepsPerMinute: 174 });
    expect(cadence?.level).toBe("ok");
    expect(cadence?.points).toEqual([]);
  });

  it("points out time spent below 170", () => {
    const insights = runInsights({
      bands: { below160: 0.3, from160to170: 0.3, from170to180: 0.3, above180: 0.1 },
    });
    expect(insights.map((insight) => insight.id)).toEqual(["cadence-bands"]);
    expect(insights[0]?.title).toBe("60% of your moving time was below 170");
  });

  it("gives the downhill strategy when a hilly run hurt", () => {
    const [downhill] = runInsights({ downhillShare: 0.31, painDuring0to10: 2 });
    expect(downhill?.level).toBe("warning");
    expect(downhill?.text).toMatch(/overstriding/);
    expect(runInsights({ downhillShare: 0.31 })[0]?.level).toBe("info");
    expect(runInsights({ downhillShare: 0.05, painDuring0to10: 4 })).toEqual([]);
  });

  it("describes bands in words", () => {
    expect(describeBands({ below160: 0.1, from160to170: 0.2, from170to180: 0.6, above180: 0.1 })).toBe(
      "below 160: 10%, 160–170: 20%, 170–180: 60%, above 180: 10%",
    );
  });
});

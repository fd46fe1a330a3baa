import { describe, expect, it } from "vitest";
import { flareUpTriggers } from "./flare-up-triggers.ts";
import { seededRandom } from "./seeded-random.ts";
import { testShoes, triggerTestLog } from "./trigger-test-log.ts";

function rate(
  logs: number,
  effectPoints: number,
  accept: (result: ReturnType<typeof flareUpTriggers>) => boolean,
): number {
  let hits = 0;
  for (let seed = 1; seed <= logs; seed += 1) {
    const events = triggerTestLog({
      random: seededRandom(seed),
      runs: 30,
      effectPoints,
      downhillShare: 0.3,
      noiseSd: 1,
    });
    const result = flareUpTriggers({
      events,
      shoes: testShoes,
      cadenceTargetMin: 170,
      random: seededRandom(10_000 + seed),
    });
    if (accept(result)) hits += 1;
  }
  return hits / logs;
}

describe("flareUpTriggers", () => {
  it("words a finding with both means, both counts and an interval, and never as a cause", () => {
    const events = triggerTestLog({
      random: seededRandom(3),
      runs: 30,
      effectPoints: 2,
      downhillShare: 0.3,
      noiseSd: 1,
    });
    const result = flareUpTriggers({ events, shoes: testShoes, cadenceTargetMin: 170, random: seededRandom(4) });
    expect(result.observations).toBe(30);
    const downhill = result.results.find((item) => item.trigger.id === "downhill");
    expect(downhill?.status).toBe("finding");
    expect(downhill?.words).toMatch(
      /^After runs with more than 8% downhill, next-day pain averaged \d+\.\d \(\d+ runs\) against \d+\.\d \(\d+ runs with less\): \d+\.\d points higher \(95% interval -?\d+\.\d to \d+\.\d\)\. A pattern in your log, not proof of a cause\.$/,
    );
    expect(downhill?.words).not.toMatch(/\bcaus(es|ed)\b/);
    expect(result.strongest?.trigger.id).toBe("downhill");
    expect(result.suggestion).toMatch(/^Your log suggests downhills: try the downhill strategy this week/);
  });

  it("shows nothing below the minimum number of runs", () => {
    const events = triggerTestLog({
      random: seededRandom(5),
      runs: 8,
      effectPoints: 3,
      downhillShare: 0.3,
      noiseSd: 1,
    });
    const result = flareUpTriggers({ events, shoes: testShoes, cadenceTargetMin: 170, random: seededRandom(6) });
    expect(result.results.every((item) => item.status === "too-few")).toBe(true);
    expect(result.strongest).toBeNull();
    expect(result.results[0]?.words).toMatch(/^Not enough runs to compare yet/);
  });

  it("gives the same figures for the same log and seed", () => {
    const events = triggerTestLog({
      random: seededRandom(8),
      runs: 30,
      effectPoints: 1,
      downhillShare: 0.3,
      noiseSd: 1,
    });
    const a = flareUpTriggers({ events, shoes: testShoes, cadenceTargetMin: 170, random: seededRandom(1) });
    const b = flareUpTriggers({ events, shoes: testShoes, cadenceTargetMin: 170, random: seededRandom(1) });
    expect(a).toEqual(b);
  });

  it("finds a +2-point next-day pain rise after >8% downhill (30% of runs, noise SD 1) in at least 90% of 200 logs of 30 runs", () => {
    const logs = 200;
    const detected = rate(logs, 2, (result) =>
      result.results.some((item) => item.trigger.id === "downhill" && item.status === "finding"),
    );
    console.info(`planted +2 points, 30 runs: downhill found in ${(detected * 100).toFixed(1)}% of ${logs} logs`);
    expect(detected).toBeGreaterThanOrEqual(0.9);
  });

  it("reports a trigger in at most 5% of 500 logs of 30 runs with no planted effect (nine triggers tested)", () => {
    const logs = 500;
    const falseFindings = rate(logs, 0, (result) => result.strongest !== null);
    console.info(`no effect, 30 runs: a trigger reported in ${(falseFindings * 100).toFixed(1)}% of ${logs} logs`);
    expect(falseFindings).toBeLessThanOrEqual(0.05);
  });
});

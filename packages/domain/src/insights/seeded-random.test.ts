import { describe, expect, it } from "vitest";
import { seededRandom, seedFrom } from "./seeded-random.ts";

describe("seededRandom", () => {
  it("repeats for the same seed and differs for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it("stays in [0, 1) and spreads evenly", () => {
    const next = seededRandom(7);
    const draws = Array.from({ length: 10_000 }, next);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it("derives a stable seed from text", () => {
    expect(seedFrom("runner-1")).toBe(seedFrom("runner-1"));
    expect(seedFrom("runner-1")).not.toBe(seedFrom("runner-2"));
  });
});

import { describe, expect, it } from "vitest";
import { runFaultRounds } from "../../../bench/faults/fault-harness.ts";
import { databaseKinds, postgresUrl } from "./support/test-server.ts";

/**
 * The quick version of bench/faults/run.ts: writers post events with Idempotency-Keys while a real
 * `serve` process is killed with SIGKILL three times at random moments and restarted; every write the
 * server acknowledged must be stored exactly once. Counts only, never timings.
 */
describe.each(databaseKinds)("crash rounds (%s)", (kind) => {
  it("loses and duplicates no acknowledged write across three kill -9 restarts", async () => {
    const seed = Math.floor(Math.random() * 2 ** 31);
    const figures = await runFaultRounds({ kind, postgresUrl, rounds: 3, writers: 4, seed, maxKillDelayMs: 800 });
    const context = `seed ${seed}: ${JSON.stringify(figures)}`;
    expect(figures.kills, context).toBe(4);
    expect(figures.acknowledged, context).toBeGreaterThan(0);
    expect(figures.lost, context).toBe(0);
    expect(figures.duplicated, context).toBe(0);
    expect(figures.stored, context).toBeGreaterThanOrEqual(figures.acknowledged);
  }, 300_000);
});

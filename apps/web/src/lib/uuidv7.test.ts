import { describe, expect, it } from "vitest";
import { createUuidV7, uuidv7, uuidv7Time } from "./uuidv7.ts";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function seeded(seed: number) {
  let state = seed;
  return (bytes: Uint8Array) => {
    for (let i = 0; i < bytes.length; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      bytes[i] = state & 0xff;
    }
  };
}

describe("uuidv7", () => {
  it("has the version 7 and RFC variant bits", () => {
    for (let i = 0; i < 200; i++) expect(uuidv7()).toMatch(uuidPattern);
  });

  it("stores the creation time in the first 48 bits", () => {
    const ms = Date.UTC(2026, 2, 10, 7, 30, 12, 345);
    const make = createUuidV7({ now: () => ms, fillRandom: seeded(1) });
    const id = make();
    expect(uuidv7Time(id)).toBe(ms);
    expect(id.slice(0, 13)).toBe(`${ms.toString(16).padStart(12, "0").slice(0, 8)}-${ms.toString(16).slice(-4)}`);
  });

  it("is strictly increasing within one millisecond and when the clock steps back", () => {
    const times = [1000, 1000, 1000, 999, 1000, 1001, 1001];
    let i = 0;
    const make = createUuidV7({ now: () => times[Math.min(i++, times.length - 1)] ?? 0, fillRandom: seeded(7) });
    const ids = times.map(() => make());
    const sorted = [...ids].sort();
    expect(ids).toEqual(sorted);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never repeats across 10,000 ids made in the same millisecond", () => {
    const make = createUuidV7({ now: () => 5, fillRandom: seeded(3) });
    const ids = Array.from({ length: 10_000 }, () => make());
    expect(new Set(ids).size).toBe(10_000);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids.slice(0, 50)) expect(id).toMatch(uuidPattern);
  });
});

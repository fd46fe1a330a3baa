import { describe, expect, it } from "vitest";
import { isLocalDate } from "./is-local-date.ts";

describe("isLocalDate", () => {
  it("accepts real dates only", () => {
    expect(isLocalDate("2026-02-28")).toBe(true);
    expect(isLocalDate("2026-02-30")).toBe(false);
    expect(isLocalDate("2026-2-3")).toBe(false);
    expect(isLocalDate("tomorrow")).toBe(false);
  });
});

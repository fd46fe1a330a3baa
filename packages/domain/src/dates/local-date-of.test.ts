import { describe, expect, it } from "vitest";
import { localDateOf } from "./local-date-of.ts";

describe("localDateOf", () => {
  it("puts a late-evening UTC run on the runner's next day east of UTC", () => {
    expect(localDateOf("2026-03-10T23:30:00Z", "Europe/Paris")).toBe("2026-03-11");
  });
  it("puts an early-morning UTC run on the previous day west of UTC", () => {
    expect(localDateOf("2026-03-10T03:00:00Z", "America/Los_Angeles")).toBe("2026-03-09");
  });
  it("honours the offset written in the instant", () => {
    expect(localDateOf("2026-03-10T07:00:00+09:00", "UTC")).toBe("2026-03-09");
  });
  it("rejects an unparseable instant", () => {
    expect(() => localDateOf("yesterday", "UTC")).toThrow(RangeError);
  });
});

import { describe, expect, it } from "vitest";
import { formatClock, formatMinutes, secondsLeft } from "./player-format.ts";

describe("player formats", () => {
  it("shows a clock face", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(245)).toBe("4:05");
    expect(formatClock(1440)).toBe("24:00");
    expect(formatClock(3723)).toBe("1:02:03");
  });

  it("counts the seconds left up to the next whole second", () => {
    expect(secondsLeft(60, 0)).toBe(60);
    expect(secondsLeft(60, 0.2)).toBe(60);
    expect(secondsLeft(60, 59.01)).toBe(1);
    expect(secondsLeft(60, 60)).toBe(0);
    expect(secondsLeft(60, 61)).toBe(0);
  });

  it("shows durations in minutes", () => {
    expect(formatMinutes(1440)).toBe("24 min");
    expect(formatMinutes(3900)).toBe("1 h 5 min");
    expect(formatMinutes(7200)).toBe("2 h");
  });
});

import { describe, expect, it } from "vitest";
import { protocolWithOptions } from "../protocol/alternatives.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { requiredSessions, returnWeekOf } from "./return-weeks.ts";

describe("return weeks", () => {
  it("needs the article's 3, 3 and 4 sessions", () => {
    const sessions = [1, 2, 3].map((week) => {
      const found = returnWeekOf(defaultProtocol, week);
      return found ? requiredSessions(found, defaultProtocol) : null;
    });
    expect(sessions).toEqual([3, 3, 4]);
    expect(returnWeekOf(defaultProtocol, 4)).toBeUndefined();
  });
  it("needs 2 with earned (ASTEROID) progression", () => {
    const earned = protocolWithOptions(defaultProtocol, { slowerProgression: true });
    const week3 = returnWeekOf(earned, 3);
    expect(week3 && requiredSessions(week3, earned)).toBe(2);
  });
});

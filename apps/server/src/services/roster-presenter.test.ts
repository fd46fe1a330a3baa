import { routes } from "@backstride/api-contract";
import { describe, expect, it } from "vitest";
import { rosterLineOf } from "./roster-line.ts";
import { presentRosterJson } from "./roster-presenter.ts";
import type { RosterAnswer, RosterLine } from "./roster-service.ts";
import { summaryFixture } from "./runner-summary-fixture.ts";

const withLine = rosterLineOf(
  summaryFixture("2026-03-20", { lastPain: { pain0to10: 4, date: "2026-03-19" }, lastCheckinDate: "2026-03-19" }),
).line;

const who = {
  runnerId: "0190a1b2-7c3d-7000-8000-000000000001",
  name: 'Ada "Calm" Ø',
  since: "2026-03-01T08:00:00.000Z",
  groupIds: ["0190a1b2-7c3d-7000-8000-0000000000aa"],
  today: "2026-03-20",
  asOf: "2026-03-20",
  unreadMessages: 2,
  lastMessageAt: "2026-03-20T07:00:00.000Z",
} satisfies Omit<RosterLine, "lineJson">;

function answer(athletes: RosterLine[]): RosterAnswer {
  return { athletes, total: 7, matching: 3, offset: 50, limit: 50, updating: 1 };
}

describe("presentRosterJson", () => {
  it("sends each stored line's fields beside who the runner is, as the contract says", () => {
    const text = presentRosterJson(
      answer([
        { ...who, lineJson: JSON.stringify(withLine) },
        { ...who, runnerId: "0190a1b2-7c3d-7000-8000-000000000002", groupIds: [], asOf: null, lineJson: null },
      ]),
    );
    const sent: unknown = JSON.parse(text);
    expect(routes.listAthletes.response.safeParse(sent).success).toBe(true);
    expect(sent).toEqual({
      athletes: [
        { ...who, ...withLine },
        {
          ...who,
          runnerId: "0190a1b2-7c3d-7000-8000-000000000002",
          groupIds: [],
          asOf: null,
          attention: null,
          phase: null,
          state: null,
          stateReason: null,
          week: null,
          runningAllowed: null,
          stopThreshold0to10: null,
          openFlags: [],
          adherence7: null,
          adherence28: null,
          painSparkline: [],
          lastActivityDate: null,
        },
      ],
      total: 7,
      matching: 3,
      offset: 50,
      limit: 50,
      updating: 1,
    });
  });

  it("answers an empty page with its counts", () => {
    expect(JSON.parse(presentRosterJson(answer([])))).toEqual({
      athletes: [],
      total: 7,
      matching: 3,
      offset: 50,
      limit: 50,
      updating: 1,
    });
  });
});

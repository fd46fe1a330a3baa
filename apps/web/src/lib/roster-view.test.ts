import { describe, expect, it } from "vitest";
import type { Athlete } from "./api-types.ts";
import {
  adherenceWords,
  compactActivityWords,
  compactPainWords,
  groupDraftProblem,
  groupSentWords,
  initialRosterQuery,
  lastActivityWords,
  pageWords,
  phaseWeekWords,
  rosterQueryString,
  sparklineShape,
  sparklineWords,
  toggleMember,
} from "./roster-view.ts";

describe("rosterQueryString", () => {
  it("asks for the first page ranked by attention by default", () => {
    expect(rosterQueryString(initialRosterQuery)).toBe("?limit=50");
  });
  it("carries the filter, search, group, sort and page", () => {
    const query = rosterQueryString({
      filter: "pain-at-stop",
      q: "  bea ",
      groupId: "0190a1b2-7c3d-7000-8000-000000000001",
      sort: "adherence",
      offset: 50,
    });
    expect(query).toBe(
      "?filter=pain-at-stop&q=bea&groupId=0190a1b2-7c3d-7000-8000-000000000001&sort=adherence&limit=50&offset=50",
    );
  });
});

describe("pageWords", () => {
  it("says where the page sits among the matches", () => {
    expect(pageWords({ offset: 0, shown: 3, matching: 3 })).toBe("3 runners");
    expect(pageWords({ offset: 50, shown: 50, matching: 480 })).toBe("Showing 51–100 of 480");
    expect(pageWords({ offset: 0, shown: 0, matching: 0 })).toBe("No runner matches.");
  });
});

describe("roster words", () => {
  it("says the phase and week, adherence and last activity plainly", () => {
    expect(phaseWeekWords({ phase: "rebuild", week: 2 })).toBe("Rebuild, week 2");
    expect(phaseWeekWords({ phase: null, week: null })).toBe("No plan yet");
    expect(adherenceWords({ planned: 4, done: 3, share: 0.75 })).toBe("3 of 4 (75%)");
    expect(adherenceWords({ planned: 0, done: 0, share: null })).toBe("Nothing planned");
    expect(adherenceWords(null)).toBe("Nothing planned");
    expect(lastActivityWords("2026-03-20", "2026-03-20")).toBe("Today");
    expect(lastActivityWords("2026-03-19", "2026-03-20")).toBe("Yesterday");
    expect(lastActivityWords("2026-03-15", "2026-03-20")).toBe("5 days ago");
    expect(lastActivityWords(null, "2026-03-20")).toBe("None yet");
  });

  it('writes the phone list\'s line without a label before a "No ..."', () => {
    const attention = { lastPain0to10: 5, lastPainDate: "2026-03-09" } as NonNullable<Athlete["attention"]>;
    expect(compactPainWords(attention)).toBe("Last pain 5/10 on Mon 9 Mar");
    expect(compactActivityWords("2026-03-19", "2026-03-20")).toBe("Last activity yesterday");
    expect(compactPainWords(null)).toBe("No pain score yet");
    expect(compactActivityWords(null, "2026-03-20")).toBe("No activity yet");
  });
});

describe("sparklineShape", () => {
  it("breaks the line on days without a score instead of drawing a zero", () => {
    const shape = sparklineShape([null, 2, 4, null, 6], 40, 24);
    expect(shape.segments).toEqual(["10,18 20,14"]);
    expect(shape.dots.map((dot) => dot.pain0to10)).toEqual([2, 4, 6]);
    expect(shape.dots[2]).toEqual({ x: 40, y: 10, pain0to10: 6 });
  });
  it("puts 10/10 at the top and 0/10 at the bottom", () => {
    const shape = sparklineShape([0, 10], 10, 24);
    expect(shape.dots.map((dot) => dot.y)).toEqual([22, 2]);
  });
});

describe("sparklineWords", () => {
  it("says what the line shows", () => {
    const values = [...Array(12).fill(null), 5, 2];
    expect(sparklineWords(values, "2026-03-20")).toBe("Pain on 2 days of the last 14: highest 5/10");
    expect(sparklineWords(Array(14).fill(null), "2026-03-20")).toBe("No pain scores in the last 14 days");
  });
});

describe("groups", () => {
  it("needs a name, toggles members and says who got the message", () => {
    expect(groupDraftProblem({ id: "g", name: " ", runnerIds: [] })).toMatch(/name/);
    expect(groupDraftProblem({ id: "g", name: "Tuesday", runnerIds: [] })).toBeNull();
    const draft = toggleMember({ id: "g", name: "Tuesday", runnerIds: ["a"] }, "b");
    expect(draft.runnerIds).toEqual(["a", "b"]);
    expect(toggleMember(draft, "a").runnerIds).toEqual(["b"]);
    expect(groupSentWords(3)).toBe("Sent to 3 runners.");
    expect(groupSentWords(1)).toBe("Sent to 1 runner.");
  });
});

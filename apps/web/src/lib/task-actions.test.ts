import { describe, expect, it } from "vitest";
import { taskActions } from "./task-actions.ts";

describe("taskActions", () => {
  it("offers Start and Mark done for guided sessions not yet done", () => {
    expect(taskActions({ kind: "walk-run", done: false })).toEqual({
      start: true,
      tick: "walk-run",
      link: null,
      form: null,
    });
    expect(taskActions({ kind: "rehab-circuit", done: true })).toEqual({
      start: false,
      tick: null,
      link: null,
      form: null,
    });
  });

  it("only ticks off what the player does not guide", () => {
    expect(taskActions({ kind: "massage", done: false })).toEqual({
      start: false,
      tick: "massage",
      link: null,
      form: null,
    });
  });

  it("links to the right screen for non-session tasks", () => {
    expect(taskActions({ kind: "seek-care", done: false }).link?.href).toBe("#/clearance");
    expect(taskActions({ kind: "run", done: false }).link?.href).toBe("#/log");
    expect(taskActions({ kind: "rest", done: false })).toEqual({ start: false, tick: null, link: null, form: null });
  });

  it("answers questions on the card itself: no Start, no Mark done, no link", () => {
    for (const kind of ["pain-answer", "morning-check"] as const) {
      expect(taskActions({ kind, done: false })).toEqual({ start: false, tick: null, link: null, form: kind });
      expect(taskActions({ kind, done: true })).toEqual({ start: false, tick: null, link: null, form: null });
    }
    // Today's check-in can be given again; the latest reading counts.
    expect(taskActions({ kind: "pain-checkin", done: true }).form).toBe("pain-checkin");
  });
});

import { describe, expect, it } from "vitest";
import { hrefFor, parseHash, type Route, tabOf } from "./route.ts";

describe("parseHash", () => {
  it("opens Today for an empty hash", () => {
    expect(parseHash("")).toEqual({ name: "today" });
    expect(parseHash("#/")).toEqual({ name: "today" });
  });

  it("reads routes with an argument", () => {
    expect(parseHash("#/runs/0190a1b2-7c3d")).toEqual({ name: "run", id: "0190a1b2-7c3d" });
    expect(parseHash("#/session/2026-03-10%3Arehab-circuit")).toEqual({
      name: "session",
      taskId: "2026-03-10:rehab-circuit",
    });
    expect(parseHash("#/triage/leg-symptoms")).toEqual({ name: "triage", context: "leg-symptoms" });
    expect(parseHash("#/triage")).toEqual({ name: "triage", context: "onboarding" });
    expect(parseHash("#/coach/0190a1b2-7c3d")).toEqual({ name: "coach-runner", runnerId: "0190a1b2-7c3d" });
    // The invite link's code is passed on as sent; the screen reads it as the server does.
    expect(parseHash("#/invite/7KQ2M-XW9RD")).toEqual({ name: "invite", code: "7KQ2M-XW9RD" });
    expect(parseHash("#/coach")).toEqual({ name: "coach" });
    expect(parseHash("#/sharing")).toEqual({ name: "sharing" });
  });

  it("gives not-found rather than throwing on odd input", () => {
    expect(parseHash("#/nowhere")).toEqual({ name: "not-found", path: "nowhere" });
    expect(parseHash("#/triage/whatever")).toEqual({ name: "not-found", path: "triage/whatever" });
    expect(parseHash("#/runs/a/b")).toEqual({ name: "not-found", path: "runs/a/b" });
    expect(parseHash("#/runs/%E0%A4%A")).toEqual({ name: "run", id: "%E0%A4%A" });
  });

  it("reads the links Backstride mails", () => {
    expect(parseHash("#/reset/abc_DEF-123")).toEqual({ name: "reset-password", token: "abc_DEF-123" });
    expect(parseHash("#/verify/abc_DEF-123")).toEqual({ name: "verify-email", token: "abc_DEF-123" });
    expect(parseHash("#/reset")).toEqual({ name: "not-found", path: "reset" });
    expect(parseHash("#/forgot-password")).toEqual({ name: "forgot-password" });
  });

  it("round-trips every route through hrefFor", () => {
    const routes: Route[] = [
      { name: "today" },
      { name: "log" },
      { name: "run", id: "a b/c" },
      { name: "session", taskId: "2026-03-10:walk-run" },
      { name: "triage", context: "flare-up" },
      { name: "settings" },
      { name: "sign-up" },
      { name: "sharing" },
      { name: "coach" },
      { name: "coach-runner", runnerId: "0190a1b2-7c3d" },
      { name: "invite", code: "7KQ2M-XW9RD" },
      { name: "forgot-password" },
      { name: "reset-password", token: "pvH9-nOE8Uo_5TyfgSxpeAn_1sn8JqO0JUYINbP8um0" },
      { name: "verify-email", token: "UZfOpz8whYgO7So96iPDf1xsAXwltcSil3lIiun78EQ" },
    ];
    for (const route of routes) expect(parseHash(hrefFor(route))).toEqual(route);
  });
});

describe("tabOf", () => {
  it("marks the tab a screen lives under", () => {
    expect(tabOf({ name: "run", id: "x" })).toBe("log");
    expect(tabOf({ name: "shoes" })).toBe("more");
    expect(tabOf({ name: "session", taskId: "x" })).toBe("today");
    expect(tabOf({ name: "sharing" })).toBe("more");
    expect(tabOf({ name: "coach-runner", runnerId: "x" })).toBe("more");
  });
});

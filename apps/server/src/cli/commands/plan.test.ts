import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../cli-io.ts";
import { run } from "./plan.ts";

function fakeIo(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    stdin: Readable.from([]),
    readFile: async (name) => {
      const content = files[name];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${name}'`), { code: "ENOENT" });
      return typeof content === "string" ? new TextEncoder().encode(content) : content;
    },
    today: () => "2026-03-04",
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

let counter = 0;
function event(localDate: string, fields: Record<string, unknown>) {
  counter += 1;
  return {
    id: `00000000-0000-7000-8000-${counter.toString(16).padStart(12, "0")}`,
    version: 1,
    occurredAt: `${localDate}T12:00:00Z`,
    localDate,
    ...fields,
  };
}

const onboarding = [
  event("2026-03-02", { type: "triage.answered", answers: {}, context: "onboarding" }),
  event("2026-03-02", { type: "causes.assessed", answers: {} }),
];
const painStop = event("2026-03-10", {
  type: "session.completed",
  kind: "walk-run",
  durationSeconds: 900,
  painDuring0to10: 4,
  endedEarly: true,
});
const log = JSON.stringify([...onboarding, painStop]);

/** Every failure is one line on stderr, exit 2, nothing on stdout. */
async function expectOneLineError(args: string[], files: Record<string, string>, pattern: RegExp) {
  const { io, stdout, stderr } = fakeIo(files);
  expect(await run(args, io)).toBe(2);
  expect(stdout()).toBe("");
  expect(stderr()).toMatch(pattern);
  expect(stderr().trimEnd().split("\n")).toHaveLength(1);
  expect(stderr()).not.toMatch(/\n\s+at /);
}

describe("backstride plan", () => {
  it("prints a readable summary: phase, running, tasks with dosage and reason, next milestone", async () => {
    const { io, stdout, stderr } = fakeIo({ "log.json": log });
    expect(await run(["--events", "log.json", "--today", "2026-03-11"], io)).toBe(0);
    expect(stderr()).toBe("");
    const text = stdout();
    expect(text).toContain("Backstride plan for Wed 11 Mar 2026");
    expect(text).toContain("Phase: rebuild · week 1 · walk/run week 1");
    expect(text).toContain("Running: not today. Running again from Sat 14 Mar");
    expect(text).toContain("pain 4/10 during Tue 10 Mar's walk/run");
    expect(text).toMatch(/\[ \] Rebuild circuit: 12 min: Dead bugs 3 × 10 per side/);
    expect(text).toContain("why: ");
    expect(text).toContain("Next: Running again (Sat 14 Mar)");
    expect(text).toMatch(/> Wed 11 Mar\s+no impact/);
    expect(text).toContain("State: no-impact since Tue 10 Mar.");
    expect(text).toContain("Pain stop: 3/10");
  });

  it("writes distances in miles with --unit mi, and refuses another unit", async () => {
    const { io, stdout } = fakeIo({ "log.json": log });
    expect(await run(["--events", "log.json", "--today", "2026-03-02", "--unit", "mi", "--json"], io)).toBe(0);
    expect(JSON.parse(stdout()).today).toBe("2026-03-02");
    await expectOneLineError(
      ["--events", "log.json", "--unit", "furlongs"],
      { "log.json": log },
      /--unit must be km or mi/,
    );
  });

  it("prints the plan state as JSON with --json", async () => {
    const { io, stdout } = fakeIo({ "log.json": log });
    expect(await run(["--events", "log.json", "--today", "2026-03-02", "--json"], io)).toBe(0);
    const state = JSON.parse(stdout());
    expect(state.phase).toBe("rebuild");
    expect(state.runningAllowed).toBe(true);
    expect(state.tasks.map((t: { kind: string }) => t.kind)).toEqual(["rehab-circuit", "walk-run", "pain-checkin"]);
  });

  it("uses the injected today when --today is left out", async () => {
    const { io, stdout } = fakeIo({ "log.json": log });
    expect(await run(["--events", "log.json", "--json"], io)).toBe(0);
    expect(JSON.parse(stdout()).today).toBe("2026-03-04");
  });

  it("accepts an empty log: onboarding", async () => {
    const { io, stdout } = fakeIo({ "empty.json": "[]" });
    expect(await run(["--events", "empty.json", "--today", "2026-03-02"], io)).toBe(0);
    expect(stdout()).toContain("Phase: onboarding");
  });

  it("rejects a missing --events", () =>
    expectOneLineError(["--today", "2026-03-02"], {}, /^backstride plan: --events FILE.json is required/));
  it("rejects an unknown option", () =>
    expectOneLineError(["--events", "log.json", "--verbose"], { "log.json": log }, /unknown option --verbose/));
  it("rejects an invalid --today", () =>
    expectOneLineError(
      ["--events", "log.json", "--today", "2026-02-30"],
      { "log.json": log },
      /--today must be a real date/,
    ));
  it("rejects an unreadable file", () =>
    expectOneLineError(["--events", "missing.json"], {}, /^backstride plan: cannot read missing.json: ENOENT/));
  it("rejects malformed JSON", () =>
    expectOneLineError(
      ["--events", "bad.json"],
      { "bad.json": "[{" },
      /^backstride plan: bad.json is not valid JSON: /,
    ));
  it("rejects an unknown event type", () =>
    expectOneLineError(
      ["--events", "log.json"],
      { "log.json": JSON.stringify([event("2026-03-02", { type: "run.teleported" })]) },
      /event 1: unknown type "run.teleported"/,
    ));
  it("rejects a malformed event", () =>
    expectOneLineError(
      ["--events", "log.json"],
      { "log.json": JSON.stringify([event("2026-03-02", { type: "pain.checkin", pain0to10: 11 })]) },
      /event 1 \(pain.checkin\): pain0to10: /,
    ));
  it("rejects dates out of order", () =>
    expectOneLineError(
      ["--events", "log.json"],
      { "log.json": JSON.stringify([painStop, ...onboarding]) },
      /event 2 \(triage.answered\) is dated 2026-03-02, before the event above it \(2026-03-10\)/,
    ));
});

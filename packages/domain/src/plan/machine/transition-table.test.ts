import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { eventTypes } from "../../events/events.ts";
import type { RecoveryStateName } from "../plan-types.ts";
import { declaredStates } from "../rules/rule-test-env.ts";
import { transitionTable, triggersOf } from "./transition-table.ts";

/** Every named state, keyed so that adding one to RecoveryStateName without listing it here fails to compile. */
const STATES: Record<RecoveryStateName, true> = {
  "awaiting-triage": true,
  "blocked-by-flag": true,
  relief: true,
  rebuild: true,
  return: true,
  "no-impact": true,
  progression: true,
  maintenance: true,
};
const isState = (name: string): boolean => Object.hasOwn(STATES, name);

/** Test files are exempt from the purity rule (purity.test.ts skips *.test.ts), so the folder can be read. */
const rulesDir = fileURLToPath(new URL("../rules/", import.meta.url));
const RULE_HELPERS = new Set(["rule-test-env.ts"]);
const ruleFiles = readdirSync(rulesDir)
  .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !RULE_HELPERS.has(name))
  .sort();

const ids = transitionTable.map((rule) => rule.id);
const indexOf = (id: string) => ids.indexOf(id);

describe("transitionTable", () => {
  it("gives every rule a unique id", () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(transitionTable.map((rule) => [rule.id, rule] as const))(
    "%s has a title, a source, triggers and valid state changes",
    (_id, rule) => {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.trim()).not.toBe("");
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) expect(source.id.trim()).not.toBe("");
      const triggers = triggersOf(rule);
      expect(triggers.length).toBeGreaterThan(0);
      for (const trigger of triggers) expect([...eventTypes, "day"]).toContain(trigger);
      const { from, to } = declaredStates(rule);
      // A rule with no state change only records (a flag, a count, a setting): it must say so in its edges.
      expect(from.length === 0).toBe(to.length === 0);
      expect(from.filter((state) => !isState(state))).toEqual([]);
      expect(to.filter((state) => !isState(state))).toEqual([]);
    },
  );

  it("holds every rule file in rules/, one rule per file named by its id", () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(20);
    expect([...ids].sort()).toEqual(ruleFiles.map((name) => name.replace(/\.ts$/, "")).sort());
  });

  it("has a test beside every rule file (issue #8: one rule per file with its source and test)", () => {
    const files = new Set(readdirSync(rulesDir));
    expect(ruleFiles.filter((name) => !files.has(name.replace(/\.ts$/, ".test.ts")))).toEqual([]);
  });

  it("lets every state but the start be entered, and every state be left", () => {
    const entered = new Set(transitionTable.flatMap((rule) => declaredStates(rule).to));
    const left = new Set(transitionTable.flatMap((rule) => declaredStates(rule).from));
    for (const state of Object.keys(STATES)) {
      if (state !== "awaiting-triage") expect(entered, state).toContain(state);
      expect(left, state).toContain(state);
    }
  });

  it("runs the day rules first and keeps the order its rules rely on", () => {
    const dayRules = transitionTable.filter((rule) => triggersOf(rule).includes("day")).map((rule) => rule.id);
    expect(ids.slice(0, dayRules.length)).toEqual(dayRules);
    // Relief that ended frees the day before any week advances on it.
    expect(indexOf("relief-ends")).toBeLessThan(indexOf("week-advances"));
    // Onboarding reads what the questionnaires just recorded.
    expect(indexOf("triage-answered")).toBeLessThan(indexOf("onboarding-complete"));
    expect(indexOf("causes-assessed")).toBeLessThan(indexOf("onboarding-complete"));
    expect(indexOf("episode-reported")).toBeLessThan(indexOf("onboarding-complete"));
    // A run is judged against the day as it stood before its own pain applies.
    for (const later of ["good-session", "pain-stop", "high-pain-hold", "flare-up"]) {
      expect(indexOf("ran-when-not-allowed"), later).toBeLessThan(indexOf(later));
    }
    // A session counts toward the week before its pain can close it; the stop opens the window its check-in extends.
    expect(indexOf("good-session")).toBeLessThan(indexOf("pain-stop"));
    expect(indexOf("pain-stop")).toBeLessThan(indexOf("pain-stop-extended"));
    // A flare-up's relief replaces any earlier one, so it comes last among the pain rules.
    for (const earlier of ["pain-stop", "pain-stop-extended", "morning-check", "high-pain-hold"]) {
      expect(indexOf(earlier), earlier).toBeLessThan(indexOf("flare-up"));
    }
  });
});

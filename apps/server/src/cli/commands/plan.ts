import {
  defaultProtocol,
  formatDay,
  formatDayWithYear,
  isLocalDate,
  type PlanState,
  parseEventLog,
  planFor,
} from "@backstride/domain";
import type { CliIo, Command } from "../cli-io.ts";
import { parseFlags } from "../parse-flags.ts";

const USAGE = "usage: backstride plan --events FILE.json [--today YYYY-MM-DD] [--unit km|mi] [--json]";
const KNOWN_FLAGS = new Set(["events", "today", "unit", "json"]);

function fail(io: CliIo, message: string): number {
  io.stderr(`backstride plan: ${message}\n`);
  return 2;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** The plan as a person reads it at a glance: what phase, can I run, what to do today and why. */
export function formatPlan(state: PlanState): string {
  const lines: string[] = [];
  const weekText = state.week === null ? "" : ` · week ${state.week}`;
  const returnText = state.returnWeek === null ? "" : ` · walk/run week ${state.returnWeek}`;
  lines.push(`Backstride plan for ${formatDayWithYear(state.today)}`);
  lines.push(`Phase: ${state.phase}${weekText}${returnText}`);
  lines.push(`State: ${state.state.name} since ${formatDay(state.state.since)}. ${state.state.reason.text}`);
  lines.push(`Pain stop: ${state.stopThreshold0to10}/10`);
  if (state.reliefUntil)
    lines.push(`Relief until: ${formatDay(state.reliefUntil.slice(0, 10))} ${state.reliefUntil.slice(11)}`);
  if (state.triageFirst) lines.push("Answer the warning-sign questions first: no running until they are answered.");
  for (const question of state.painQuestions) lines.push(`Pain not recorded: ${question.title}`);
  for (const change of state.coachChanges) lines.push(`Coach: ${change.text}`);
  if (state.redFlag && state.redFlag.level !== "none") {
    lines.push(`Red flag (${state.redFlag.level.toUpperCase()}): ${state.redFlag.title}`);
    for (const action of state.redFlag.actions) lines.push(`  - ${action}`);
  }
  const why = state.reasons.find((r) => r.code.startsWith("no-running"));
  lines.push(state.runningAllowed ? "Running: allowed today" : `Running: not today. ${why?.text ?? ""}`.trimEnd());
  lines.push("", "Today:");
  if (state.tasks.length === 0) lines.push("  (nothing planned)");
  for (const task of state.tasks) {
    lines.push(`  [${task.done ? "x" : " "}] ${task.title}: ${task.dosage}`);
    lines.push(`      why: ${task.reason.text}`);
  }
  if (state.flags.length > 0) {
    lines.push("", "Flags:");
    for (const flag of state.flags) lines.push(`  ! ${flag.level}: ${flag.title}. ${flag.text}`);
  }
  lines.push("", "This week:");
  for (const day of state.week7) {
    const marker = day.date === state.today ? ">" : " ";
    lines.push(
      `${marker} ${formatDay(day.date).padEnd(10)} ${day.impactAllowed ? "          " : "no impact "} ${day.summary}`,
    );
  }
  if (state.history.length > 0) {
    lines.push("", "Clinical history:");
    for (const entry of state.history) {
      lines.push(`  ${formatDayWithYear(entry.localDate)}: ${entry.title}. ${entry.detail}`);
    }
  }
  if (state.nextMilestone) {
    const when = state.nextMilestone.date ? ` (${formatDay(state.nextMilestone.date)})` : "";
    lines.push("", `Next: ${state.nextMilestone.title}${when}. ${state.nextMilestone.detail}`);
  }
  return `${lines.join("\n")}\n`;
}

/** `backstride plan --events FILE.json [--today YYYY-MM-DD] [--unit km|mi] [--json]`: the plan for an event log. */
export const run: Command = async (args, io) => {
  const { flags, positional } = parseFlags(args);
  const unknown = [...flags.keys()].find((name) => !KNOWN_FLAGS.has(name));
  if (unknown !== undefined) return fail(io, `unknown option --${unknown} (${USAGE})`);
  if (positional.length > 0) return fail(io, `unexpected argument ${positional[0]} (${USAGE})`);
  const file = flags.get("events")?.at(-1);
  if (file === undefined || file === "true") return fail(io, `--events FILE.json is required (${USAGE})`);
  // Without --today the plan is for the runner's today, from the injected clock.
  const today = flags.get("today")?.at(-1) ?? io.today();
  if (!isLocalDate(today)) return fail(io, `--today must be a real date as YYYY-MM-DD, got "${today}"`);
  const json = flags.has("json");
  const unit = flags.get("unit")?.at(-1) ?? "km";
  if (unit !== "km" && unit !== "mi") return fail(io, `--unit must be km or mi, got "${unit}"`);

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await io.readFile(file));
  } catch (error) {
    return fail(io, `cannot read ${file}: ${firstLine(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(io, `${file} is not valid JSON: ${firstLine(error)}`);
  }
  const parsed = parseEventLog(data);
  if (!parsed.ok) return fail(io, `${file}: ${parsed.error.message}`);

  const state = planFor(parsed.events, defaultProtocol, today, { distanceUnit: unit });
  io.stdout(json ? `${JSON.stringify(state, null, 2)}\n` : formatPlan(state));
  return 0;
};

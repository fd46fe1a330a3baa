import type { RecoveryStateName } from "../plan-types.ts";
import type { Rule, Trigger } from "./machine-types.ts";
import { transitionTable } from "./transition-table.ts";

/**
 * Every named state with the words the diagram shows. A Record, so a state added to RecoveryStateName
 * cannot be left out of the picture: the type check fails first. The key order is the diagram's order.
 */
export const machineStateLabels: Readonly<Record<RecoveryStateName, string>> = {
  "awaiting-triage": "Awaiting triage (safety questions)",
  "blocked-by-flag": "Blocked by a red flag",
  relief: "Relief (72 hours)",
  rebuild: "Rebuild (weeks 1-3)",
  return: "Return (walk/run after rebuild)",
  "no-impact": "No impact",
  progression: "Progression (week 4+)",
  maintenance: "Maintenance",
};

const stateOrder = Object.keys(machineStateLabels) as RecoveryStateName[];

/** Some Mermaid renderers read a hyphen in a state id as an arrow: ids are camelCase. */
export function mermaidStateId(state: RecoveryStateName): string {
  return state.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * The recovery state machine as a Mermaid `stateDiagram-v2`, drawn from the transition table itself so
 * docs/plan-engine.md cannot drift from the code. Each rule draws the state changes it declares (its
 * `edges`); a self-loop is a change inside a state (a longer window, another week). Rules that change no
 * state (flags, counts, settings) have no edge and are listed in the doc's rule table. Edges shared by
 * several rules carry all their ids, in table order. Pure and deterministic.
 */
export function machineDiagram(table: readonly Pick<Rule<Trigger>, "id" | "edges">[] = transitionTable): string {
  const labels = new Map<string, string[]>();
  for (const rule of table) {
    for (const [from, to] of rule.edges) {
      const key = `${from} ${to}`;
      const ids = labels.get(key) ?? [];
      if (!ids.includes(rule.id)) ids.push(rule.id);
      labels.set(key, ids);
    }
  }
  const lines = ["stateDiagram-v2"];
  for (const state of stateOrder) lines.push(`  state "${machineStateLabels[state]}" as ${mermaidStateId(state)}`);
  lines.push(`  [*] --> ${mermaidStateId("awaiting-triage")}`);
  for (const from of stateOrder) {
    for (const to of stateOrder) {
      const ids = labels.get(`${from} ${to}`);
      if (ids) lines.push(`  ${mermaidStateId(from)} --> ${mermaidStateId(to)}: ${ids.join(", ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export const machineDiagramStart = "<!-- machine-diagram:start -->";
export const machineDiagramEnd = "<!-- machine-diagram:end -->";

/** The fenced block that sits between the markers in docs/plan-engine.md. */
export function machineDiagramBlock(diagram: string = machineDiagram()): string {
  return `${machineDiagramStart}\n\`\`\`mermaid\n${diagram}\`\`\`\n${machineDiagramEnd}`;
}

/** The text between the markers (markers included), or null when the document has none. */
export function machineDiagramBlockIn(markdown: string): string | null {
  const start = markdown.indexOf(machineDiagramStart);
  const end = markdown.indexOf(machineDiagramEnd, start);
  if (start < 0 || end < 0) return null;
  return markdown.slice(start, end + machineDiagramEnd.length);
}

/** The document with its diagram block replaced by `diagram`'s; null when it has no markers. */
export function withMachineDiagram(markdown: string, diagram: string = machineDiagram()): string | null {
  const current = machineDiagramBlockIn(markdown);
  if (current === null) return null;
  return markdown.replace(current, () => machineDiagramBlock(diagram));
}

import { describe, expect, it } from "vitest";
import type { RecoveryStateName } from "../plan-types.ts";
import {
  machineDiagram,
  machineDiagramBlock,
  machineDiagramBlockIn,
  machineStateLabels,
  mermaidStateId,
  withMachineDiagram,
} from "./machine-diagram.ts";
import { transitionTable } from "./transition-table.ts";

const states = Object.keys(machineStateLabels) as RecoveryStateName[];

function edgeLines(diagram: string): string[] {
  return diagram.split("\n").filter((line) => line.includes(" --> "));
}

describe("machineDiagram", () => {
  it("gives the same text every time", () => {
    expect(machineDiagram()).toBe(machineDiagram());
    expect(machineDiagram(transitionTable)).toBe(machineDiagram());
  });

  it("is a Mermaid state diagram that starts awaiting triage", () => {
    const diagram = machineDiagram();
    expect(diagram.startsWith("stateDiagram-v2\n")).toBe(true);
    expect(diagram).toContain("  [*] --> awaitingTriage\n");
  });

  it("declares every named state once, with a hyphen-free id and its label", () => {
    const diagram = machineDiagram();
    for (const state of states) {
      const id = mermaidStateId(state);
      expect(id).not.toContain("-");
      const declarations = diagram.split("\n").filter((line) => line.endsWith(` as ${id}`));
      expect(declarations).toEqual([`  state "${machineStateLabels[state]}" as ${id}`]);
    }
  });

  it("puts every rule that changes a state on an edge", () => {
    const labels = edgeLines(machineDiagram()).flatMap((line) => (line.split(": ")[1] ?? "").split(", "));
    for (const rule of transitionTable.filter((r) => r.edges.length > 0)) expect(labels).toContain(rule.id);
  });

  it("uses hyphen-free ids on every edge", () => {
    for (const line of edgeLines(machineDiagram())) {
      const [ends = ""] = line.split(": ");
      expect(ends.replace(" --> ", " ")).not.toContain("-");
    }
  });

  it("joins rules that share an edge, in table order, and draws each edge once", () => {
    const diagram = machineDiagram([
      { id: "a", edges: [["rebuild", "no-impact"]] },
      {
        id: "b",
        edges: [
          ["rebuild", "no-impact"],
          ["return", "no-impact"],
        ],
      },
    ]);
    expect(edgeLines(diagram)).toEqual([
      "  [*] --> awaitingTriage",
      "  rebuild --> noImpact: a, b",
      "  return --> noImpact: b",
    ]);
  });

  it("draws exactly the declared changes, self-loops included, and nothing for a rule that only records", () => {
    const diagram = machineDiagram([
      { id: "moves", edges: [["rebuild", "no-impact"]] },
      { id: "loops", edges: [["no-impact", "no-impact"]] },
      { id: "records", edges: [] },
    ]);
    expect(edgeLines(diagram)).toEqual([
      "  [*] --> awaitingTriage",
      "  rebuild --> noImpact: moves",
      "  noImpact --> noImpact: loops",
    ]);
  });
});

describe("the diagram block in a document", () => {
  const doc = (block: string) => `# Title\n\nBefore.\n\n${block}\n\nAfter.\n`;

  it("finds the block between the markers", () => {
    const block = machineDiagramBlock("stateDiagram-v2\n");
    expect(machineDiagramBlockIn(doc(block))).toBe(block);
    expect(block).toBe(
      "<!-- machine-diagram:start -->\n```mermaid\nstateDiagram-v2\n```\n<!-- machine-diagram:end -->",
    );
  });

  it("replaces only the block, and is a no-op when it is current", () => {
    const stale = doc(machineDiagramBlock("stateDiagram-v2\n  old --> older\n"));
    const updated = withMachineDiagram(stale);
    expect(updated).toBe(doc(machineDiagramBlock()));
    expect(withMachineDiagram(updated ?? "")).toBe(updated);
  });

  it("keeps `$` sequences in the diagram as written", () => {
    expect(withMachineDiagram(doc(machineDiagramBlock("x\n")), "a $& b\n")).toBe(doc(machineDiagramBlock("a $& b\n")));
  });

  it("says so when a document has no markers", () => {
    expect(machineDiagramBlockIn("# No diagram\n")).toBeNull();
    expect(withMachineDiagram("# No diagram\n")).toBeNull();
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { machineDiagramBlock, machineDiagramBlockIn } from "./machine-diagram.ts";

/** The picture in the docs is the machine the code runs: any change to the table must redraw it. */
const docPath = fileURLToPath(new URL("../../../../../docs/plan-engine.md", import.meta.url));

describe("docs/plan-engine.md", () => {
  it("shows the state diagram drawn from the transition table", () => {
    const block = machineDiagramBlockIn(readFileSync(docPath, "utf8"));
    expect(block, "docs/plan-engine.md has lost its <!-- machine-diagram:start/end --> markers").not.toBeNull();
    expect(
      block,
      "The state diagram in docs/plan-engine.md is out of date with the transition table: run `npm run docs:plan` and commit the result.",
    ).toBe(machineDiagramBlock());
  });
});

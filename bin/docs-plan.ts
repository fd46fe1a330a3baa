// `npm run docs:plan`: redraws the state diagram in docs/plan-engine.md from the transition table, so
// the picture in the docs is always the machine the code runs (machine-diagram.docs.test.ts checks it).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { withMachineDiagram } from "@backstride/domain";

const docPath = fileURLToPath(new URL("../docs/plan-engine.md", import.meta.url));
const before = readFileSync(docPath, "utf8");
const after = withMachineDiagram(before);
if (after === null) {
  console.error(`${docPath} has no <!-- machine-diagram:start --> ... <!-- machine-diagram:end --> markers.`);
  process.exitCode = 1;
} else if (after === before) {
  console.log("docs/plan-engine.md: the state diagram is current.");
} else {
  writeFileSync(docPath, after);
  console.log("docs/plan-engine.md: the state diagram is redrawn from the transition table.");
}

import { describe, expect, it } from "vitest";
import * as content from "./content-index.ts";

describe("content-index", () => {
  it("exports the names the plan engine and the apps rely on", () => {
    for (const name of [
      "defaultProtocol",
      "protocolWithOptions",
      "protocolAlternatives",
      "evaluateRedFlags",
      "redFlagQuestions",
      "assessNoImprovement",
      "causes",
      "causeQuestions",
      "rankCauses",
      "guideSections",
      "faq",
      "sources",
      "painScaleAnchors",
    ]) {
      expect(content, name).toHaveProperty(name);
    }
  });
});

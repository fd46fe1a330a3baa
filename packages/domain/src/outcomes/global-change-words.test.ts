import { describe, expect, it } from "vitest";
import { globalChangeLabel, globalChangeSize } from "./global-change-words.ts";

describe("global rating of change", () => {
  it("labels the ends and the middle of the -7..+7 scale", () => {
    expect(globalChangeLabel(-7)).toBe("A very great deal worse");
    expect(globalChangeLabel(0)).toBe("About the same");
    expect(globalChangeLabel(3)).toBe("Somewhat better");
    expect(globalChangeLabel(7)).toBe("A very great deal better");
  });

  it("sizes a change as Jaeschke does", () => {
    expect([0, 2, -3, 4, 5, -6, 7].map(globalChangeSize)).toEqual([
      "none",
      "small",
      "small",
      "moderate",
      "moderate",
      "large",
      "large",
    ]);
  });
});

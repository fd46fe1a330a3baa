import { describe, expect, it } from "vitest";
import { rotateShoes, shoeReplacement, shoeSelection } from "./shoe-advice.ts";

describe("shoe advice", () => {
  it("recommends a 6-8 mm drop and a snug midfoot, with the Malisoux caveat", () => {
    expect(shoeSelection.summary).toMatch(/6-8 mm/);
    expect(shoeSelection.points.join(" ")).toMatch(/arch/);
    expect(shoeSelection.sources.map((source) => source.id)).toContain("malisoux-2016");
    expect(shoeSelection.caveats?.length).toBeGreaterThan(0);
  });

  it("checks at 300 miles, replaces by 500, and marks the purchase date", () => {
    expect(shoeReplacement.summary).toMatch(/300 miles/);
    expect(shoeReplacement.summary).toMatch(/500 miles/);
    expect(shoeReplacement.points.join(" ")).toMatch(/purchase date/);
    expect(shoeReplacement.caveats?.join(" ")).toMatch(/No injury study/);
  });

  it("cites the rotation study", () => {
    expect(rotateShoes.sources.map((source) => source.id)).toEqual(["malisoux-2015"]);
  });
});

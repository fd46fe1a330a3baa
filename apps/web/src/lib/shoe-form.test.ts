import { describe, expect, it } from "vitest";
import { parseShoeForm, shoeFormFrom } from "./shoe-form.ts";

describe("parseShoeForm", () => {
  it("builds the request body in metres", () => {
    expect(
      parseShoeForm({ name: " Pegasus ", brand: "", dropMm: "10", startDistance: "100", isDefault: true, unit: "mi" }),
    ).toEqual({
      errors: {},
      body: { name: "Pegasus", brand: null, dropMm: 10, startDistanceMeters: 160_934, isDefault: true },
    });
  });

  it("treats empty optional fields as unknown or zero", () => {
    expect(
      parseShoeForm({ name: "Trail", brand: "Hoka", dropMm: "", startDistance: "", isDefault: false, unit: "km" }).body,
    ).toEqual({ name: "Trail", brand: "Hoka", dropMm: null, startDistanceMeters: 0, isDefault: false });
  });

  it("explains wrong values", () => {
    expect(
      parseShoeForm({ name: "", brand: "", dropMm: "40", startDistance: "-1", isDefault: false, unit: "km" }).errors,
    ).toEqual({
      name: "Give the shoes a name, like “Blue Pegasus”.",
      dropMm: "Enter a drop from 0 to 30 mm.",
      startDistance: "Enter a distance from 0 to 10,000 km.",
    });
  });

  it("round-trips an existing pair through the form", () => {
    const form = shoeFormFrom(
      { name: "Pegasus", brand: null, dropMm: 8, startDistanceMeters: 160_934, isDefault: false },
      "mi",
    );
    expect(form.startDistance).toBe("100");
    expect(parseShoeForm(form).body?.startDistanceMeters).toBe(160_934);
  });
});

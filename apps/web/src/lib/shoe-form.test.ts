import { describe, expect, it } from "vitest";
import { parseShoeForm, shoeFormFrom } from "./shoe-form.ts";

const dates = { startedOn: "2026-02-14", today: "2026-03-10" };

describe("parseShoeForm", () => {
  it("builds the request body in metres, with the start date", () => {
    expect(
      parseShoeForm({
        name: " Pegasus ",
        brand: "",
        dropMm: "10",
        startDistance: "100",
        isDefault: true,
        unit: "mi",
        ...dates,
      }),
    ).toEqual({
      errors: {},
      body: {
        name: "Pegasus",
        brand: null,
        dropMm: 10,
        startDistanceMeters: 160_934,
        startedOn: "2026-02-14",
        isDefault: true,
      },
    });
  });

  it("treats empty optional fields as unknown or zero", () => {
    expect(
      parseShoeForm({
        name: "Trail",
        brand: "Hoka",
        dropMm: "",
        startDistance: "",
        isDefault: false,
        unit: "km",
        ...dates,
      }).body,
    ).toEqual({
      name: "Trail",
      brand: "Hoka",
      dropMm: null,
      startDistanceMeters: 0,
      startedOn: "2026-02-14",
      isDefault: false,
    });
  });

  it("explains wrong values", () => {
    expect(
      parseShoeForm({
        name: "",
        brand: "",
        dropMm: "40",
        startDistance: "-1",
        isDefault: false,
        unit: "km",
        startedOn: "2026-03-11",
        today: "2026-03-10",
      }).errors,
    ).toEqual({
      name: "Give the shoes a name, like “Blue Pegasus”.",
      dropMm: "Enter a drop from 0 to 30 mm.",
      startDistance: "Enter a distance from 0 to 10,000 km.",
      startedOn: "That day has not come yet.",
    });
    expect(parseShoeForm({ ...shoeFormFrom(pegasus, "", "km", "2026-03-10") }).errors.startedOn).toBe(
      "Enter the day you bought them or first ran in them.",
    );
  });

  it("round-trips an existing pair through the form", () => {
    const form = shoeFormFrom(pegasus, "2025-12-01", "mi", "2026-03-10");
    expect(form.startDistance).toBe("100");
    expect(form.startedOn).toBe("2025-12-01");
    expect(parseShoeForm(form).body).toMatchObject({ startDistanceMeters: 160_934, startedOn: "2025-12-01" });
  });
});

const pegasus = { name: "Pegasus", brand: null, dropMm: 8, startDistanceMeters: 160_934, isDefault: false };

import { describe, expect, it } from "vitest";
import { clinicianLabel, validateClearance } from "./clearance-form.ts";

const valid = {
  clinicianName: "Dr Lee",
  clinicianRole: "Sports physician",
  seenOn: "2026-03-10",
  notes: "",
  today: "2026-03-11",
};

describe("validateClearance", () => {
  it("accepts a named clinician seen today or earlier", () => {
    expect(validateClearance(valid)).toEqual({});
    expect(validateClearance({ ...valid, seenOn: "2026-03-11" })).toEqual({});
  });

  it("needs a name, a role and a date not in the future", () => {
    expect(validateClearance({ ...valid, clinicianName: " ", clinicianRole: "", seenOn: "2026-03-12" })).toEqual({
      clinicianName: "Enter the name of the person who saw you.",
      clinicianRole: "Choose or type their role.",
      seenOn: "The date cannot be in the future.",
    });
    expect(validateClearance({ ...valid, seenOn: "" }).seenOn).toBe("Enter the date you were seen.");
  });

  it("names the clinician with their role", () => {
    expect(clinicianLabel(" Dr Lee ", "sports physician")).toBe("Dr Lee, sports physician");
  });
});

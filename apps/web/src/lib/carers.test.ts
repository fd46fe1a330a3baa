import { describe, expect, it } from "vitest";
import { carerRoleOptions, carerRoleWords, rolesByCarer } from "./carers.ts";

describe("carer roles", () => {
  it("offers view and view-and-adjust, and says what each allows", () => {
    expect(carerRoleOptions.map((option) => option.value)).toEqual(["view", "adjust"]);
    expect(carerRoleWords("view")).not.toContain("adjust");
    expect(carerRoleWords("adjust")).toContain("adjust your plan");
  });

  it("maps each carer to their role", () => {
    const roles = rolesByCarer([
      { coachId: "a", role: "adjust" },
      { coachId: "b", role: "view" },
    ]);
    expect(roles.get("b")).toBe("view");
    expect(roles.get("c")).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { rolesFor, validateAuthForm } from "./auth-form.ts";

describe("validateAuthForm", () => {
  it("accepts a complete sign-up", () => {
    expect(
      validateAuthForm({ mode: "sign-up", name: "Sam", email: "sam@example.com", password: "long enough pw" }),
    ).toEqual({});
  });

  it("explains every missing or wrong field", () => {
    expect(validateAuthForm({ mode: "sign-up", name: " ", email: "sam@", password: "short" })).toEqual({
      name: "Enter your name.",
      email: "Enter an email address like name@example.com.",
      password: "Use at least 10 characters.",
    });
  });

  it("does not apply the length rule when signing in (old passwords still work)", () => {
    expect(validateAuthForm({ mode: "sign-in", name: "", email: "sam@example.com", password: "short" })).toEqual({});
    expect(validateAuthForm({ mode: "sign-in", name: "", email: "", password: "" })).toEqual({
      email: "Enter your email address.",
      password: "Enter your password.",
    });
  });
});

describe("rolesFor", () => {
  it("makes every account a runner and adds coach when the box is ticked", () => {
    expect(rolesFor(false)).toEqual(["runner"]);
    expect(rolesFor(true)).toEqual(["runner", "coach"]);
  });
});

import { describe, expect, it } from "vitest";
import { ApiError } from "./api.ts";
import {
  authErrorMessage,
  checkInboxWords,
  rolesFor,
  validateAuthForm,
  validateEmail,
  validateNewPassword,
} from "./auth-form.ts";

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

describe("forgot and new password forms", () => {
  it("asks for a real email address", () => {
    expect(validateEmail(" ")).toBe("Enter your email address.");
    expect(validateEmail("sam@")).toBe("Enter an email address like name@example.com.");
    expect(validateEmail(" sam@example.com ")).toBeUndefined();
  });

  it("holds a new password to the sign-up rule", () => {
    expect(validateNewPassword("")).toBe("Enter a new password.");
    expect(validateNewPassword("short")).toBe("Use at least 10 characters.");
    expect(validateNewPassword("a calm run every other day")).toBeUndefined();
  });
});

describe("after sign-up", () => {
  it("names the inbox and lets the runner start before confirming", () => {
    expect(checkInboxWords.body("sam@example.com")).toContain("sam@example.com");
    expect(checkInboxWords.body("sam@example.com")).toContain("start now");
  });

  it("says a failed sign-in in plain words, and a limit as a wait", () => {
    expect(authErrorMessage(new ApiError(401, "unauthenticated", "email or password is wrong"))).toBe(
      "That email and password do not match.",
    );
    expect(authErrorMessage(new ApiError(429, "rate_limited", "too many attempts"))).toBe(
      "Too many tries. Wait a few minutes, then try again.",
    );
    expect(authErrorMessage(new Error("No connection"))).toBe("No connection");
  });
});

import { describe, expect, it } from "vitest";
import { afterSignInHash, isAppHome } from "./landing.ts";

describe("isAppHome", () => {
  it("treats the bare address and the sign-in pages as home, and a chosen screen as chosen", () => {
    for (const hash of ["", "#", "#/", "#/sign-in", "#/sign-up"]) expect(isAppHome(hash)).toBe(true);
    for (const hash of ["#/today", "#/coach", "#/invite/7KQ2M-XW9RD", "#/more"]) expect(isAppHome(hash)).toBe(false);
  });
});

describe("afterSignInHash", () => {
  it("keeps an invite link so the runner lands on it after signing in or up", () => {
    expect(afterSignInHash("#/invite/7KQ2M-XW9RD", false)).toBe("#/invite/7KQ2M-XW9RD");
    expect(afterSignInHash("#/invite/7KQ2M-XW9RD", true)).toBe("#/invite/7KQ2M-XW9RD");
  });
  it("sends a new coach to their runners and everyone else to the app's home", () => {
    expect(afterSignInHash("#/sign-in", true)).toBe("#/coach");
    expect(afterSignInHash("#/sign-in", false)).toBe("#/");
    expect(afterSignInHash("", false)).toBe("#/");
  });
});

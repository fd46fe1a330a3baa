import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { RunnerApi } from "./support/api.ts";
import { seriousViolations } from "./support/axe.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

/** A runner who forgot the password asks for a link, chooses a new password from it, and signs in. */
describe("forgot password, on a phone", () => {
  let world: E2eWorld;
  let page: Page;
  const email = "fay@example.com";

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.newRunner("mobile");
    await RunnerApi.of(owner.context).signUp("Fay Runner", email, "the password I forgot");
    ({ page } = await world.newRunner("mobile"));
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("asks for a link, sets a new password once from it, and signs in with it", async () => {
    const app = new AppPage(page);
    await app.open("#/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByRole("heading", { name: "Forgot your password?" }).waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Mail me a link" }).click();
    await page.getByRole("heading", { name: "Check your inbox" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "e2e/screenshots/forgot-password-sent.png" });

    const link = await world.server.mailedLink(email, "reset");
    await page.goto(link);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await page.getByLabel("New password").fill("a calm new passphrase");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "e2e/screenshots/forgot-password-choose.png" });
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByRole("heading", { name: "Password changed" }).waitFor();

    // The link works once.
    await page.goto(link);
    await page.reload();
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await page.getByLabel("New password").fill("yet another passphrase");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await page.getByText(/this link is not valid any more/).waitFor();

    await app.open("#/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("the password I forgot");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("That email and password do not match.").waitFor();
    await page.getByLabel("Password").fill("a calm new passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor({ state: "detached" });
  });
});

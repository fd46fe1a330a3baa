import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { CoachPage } from "./page-models/coach-page.ts";
import { SharingPage } from "./page-models/sharing-page.ts";
import { SignUpPage } from "./page-models/sign-up-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { formatViolations, seriousViolations } from "./support/axe.ts";
import { screenshot, viewports } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

/** Nothing still loading, fonts in place; then axe (serious and critical must be none) and a screenshot. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Loading…" }).waitFor({ state: "detached" });
  // From the top, as a person opens it: a full-page shot of a scrolled page paints the sticky bars mid-page.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  const violations = await seriousViolations(page);
  expect(formatViolations(name, violations)).toBe("");
  await screenshot(page, name);
}

describe("coach consent: invite, access, audit, removal", () => {
  let world: E2eWorld;
  let coachPage: Page;
  let runnerPage: Page;
  let runnerApi: RunnerApi;
  let code = "";
  let link = "";

  beforeAll(async () => {
    world = await startWorld();
    ({ page: coachPage } = await world.newRunner("mobile"));
    const runner = await world.newRunner("mobile");
    runnerPage = runner.page;
    runnerApi = RunnerApi.of(runner.context);
    await runnerApi.signUp("Rhea Runner", "rhea@example.com");
    const today = todayUtc();
    await runnerApi.postEvents([
      ...events.onboard(addDays(today, -6)),
      events.walkRun(addDays(today, -4), 1),
      events.walkRun(addDays(today, -2), 2),
    ]);
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("a coach signs up with the coach box and creates an invite code", async () => {
    const app = new AppPage(coachPage);
    await app.open("#/");
    const coach = new CoachPage(coachPage);
    await coach.signUp({ name: "Cora Coach", email: "cora@example.com", password: "a calm run every other day" });
    await coach.waitForRoster();
    await coachPage.getByText("No runner has given you access yet.").waitFor();
    // My runners is linked from More for a coach.
    await app.go("#/more");
    await coachPage.getByRole("link", { name: /My runners/ }).click();
    await coach.waitForRoster();
    // Inviting needs a confirmed email: the link printed by the server (no SMTP_URL in e2e).
    await coach.confirmEmail(await world.server.mailedLink("cora@example.com", "verify"));
    await app.go("#/coach");
    await coach.waitForRoster();
    code = await coach.createInvite();
    // Crockford base32, grouped for reading aloud (no I, L, O or U).
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    await coachPage.getByText(/valid until/).waitFor();
  });

  it("the runner enters the code on Sharing, sees who invites and what they will see, and gives access", async () => {
    const app = new AppPage(runnerPage);
    await app.open("#/more");
    await runnerPage.getByRole("link", { name: /Coaches and sharing/ }).click();
    const sharing = new SharingPage(runnerPage);
    await sharing.waitUntilShown();
    await sharing.accessList().getByText("Nobody has access to your data.").waitFor();
    expect(await runnerPage.getByRole("link", { name: /My runners/ }).count()).toBe(0);

    // With no signal the screen says so calmly, and works again once the signal is back.
    await runnerPage.context().setOffline(true);
    await sharing.enterCode(code);
    await runnerPage.getByText("You are offline: this needs a connection.", { exact: false }).waitFor();
    await runnerPage.context().setOffline(false);

    // Typed as a runner might from a phone call: lower case, no hyphen.
    await sharing.enterCode(code.replace("-", "").toLowerCase());
    await runnerPage.getByText("Cora Coach asks to follow your recovery").waitFor();
    await runnerPage.getByText("See your plan, your log and your pain scores.").waitFor();
    await sharing.giveAccess();
    await runnerPage.getByRole("status").filter({ hasText: "Cora Coach now has access" }).waitFor();
    await sharing.accessList().getByText("Cora Coach", { exact: true }).waitFor();
    await sharing.accessList().getByRole("button", { name: "Remove access: Cora Coach" }).waitFor();
  });

  it("the coach sees the runner on the roster and opens their plan", async () => {
    const app = new AppPage(coachPage);
    await app.reload();
    const coach = new CoachPage(coachPage);
    await coach.waitForRoster();
    await coach.runnerLink("Rhea Runner").waitFor();
    // A second code for the next runner, so the screenshot shows how a code reads.
    const second = await coach.createInvite();
    expect(second).not.toBe(code);
    link = await coach.inviteLink();
    expect(link).toMatch(new RegExp(`/#/invite/${second}$`));
    await checkScreen(coachPage, "coach-mobile");

    await coach.runnerLink("Rhea Runner").click();
    await app.heading("Rhea Runner").waitFor();
    await coachPage.getByRole("heading", { name: /^Plan today/, level: 2 }).waitFor();
    await coachPage.getByText("Adjustments never override a red flag or a rest day", { exact: false }).waitFor();

    await coachPage.getByLabel("Message to Rhea Runner").fill("Nice steady week. Keep the pain at 2 or below.");
    await coachPage.getByRole("button", { name: "Send" }).click();
    await coachPage.getByText("Nice steady week.", { exact: false }).waitFor();

    // A lower pain stop: saved as a coach.adjustment on the runner's log.
    await coach.chooseAdjustment("Pain stop (1 to 5)");
    await coach.choosePainStop(2);
    await coach.saveAdjustment();
    await coach.savedStatus().waitFor();
    await expect
      .poll(async () => (await runnerApi.events()).filter((event) => event.type === "coach.adjustment").length)
      .toBe(1);

    await coachPage.setViewportSize(viewports.desktop);
    await checkScreen(coachPage, "coach-runner-desktop");
  });

  it("the runner sees the coach under access, the reads in the audit list and the message", async () => {
    const app = new AppPage(runnerPage);
    await app.reload();
    const sharing = new SharingPage(runnerPage);
    await sharing.waitUntilShown();
    await sharing.accessList().getByText("Cora Coach", { exact: true }).waitFor();
    const audit = sharing.auditList();
    await audit.getByText("Your plan").first().waitFor();
    await audit.getByText("Cora Coach").first().waitFor();
    await sharing.section("Messages").getByText("Nice steady week.", { exact: false }).waitFor();
    await checkScreen(runnerPage, "sharing-mobile");
  });

  it("the runner removes access, and the coach's next request for that runner is refused", async () => {
    const sharing = new SharingPage(runnerPage);
    await sharing.removeAccess("Cora Coach");
    await runnerPage.getByRole("status").filter({ hasText: "Cora Coach no longer has access" }).waitFor();
    await sharing.accessList().getByText("Nobody has access to your data.").waitFor();

    const app = new AppPage(coachPage);
    await app.reload();
    await app.heading("Rhea Runner").waitFor();
    await coachPage
      .getByRole("alert")
      .getByText(/no longer have access/)
      .waitFor();
    expect(await coachPage.getByRole("heading", { name: /^Plan today/ }).count()).toBe(0);

    await app.go("#/coach");
    await coachPage.getByText("No runner has given you access yet.").waitFor();
  });

  it("a new runner opens the invite link signed out, signs up, lands on the invite and gives access", async () => {
    const { page } = await world.newRunner("mobile");
    const app = new AppPage(page);
    await app.open(new URL(link, world.server.baseUrl).hash);
    await new SignUpPage(page).createAccount({
      name: "Lior Linked",
      email: "lior@example.com",
      password: "a calm run every other day",
    });
    await app.heading("Invite").waitFor();
    await page.getByText("Cora Coach asks to follow your recovery").waitFor();
    await page.getByRole("button", { name: "Give access" }).click();
    await page.getByRole("status").filter({ hasText: "Cora Coach now has access" }).waitFor();

    // The coach's page is on the roster already: reload it to read the roster again.
    const coachApp = new AppPage(coachPage);
    await coachApp.reload();
    const coach = new CoachPage(coachPage);
    await coach.waitForRoster();
    await coach.runnerLink("Lior Linked").waitFor();
  });
});

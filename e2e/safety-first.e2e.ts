import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { EmergencyPage } from "./page-models/emergency-page.ts";
import { EpisodePage } from "./page-models/episode-page.ts";
import { SignUpPage } from "./page-models/sign-up-page.ts";
import { TodayPage } from "./page-models/today-page.ts";
import { CauseFinderPage, TriagePage } from "./page-models/yes-no-form.ts";
import { RunnerApi } from "./support/api.ts";
import { seriousViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

/** The phone width the screenshots are taken at (an iPhone 12-15). */
const phone = { width: 390, height: 844 };

/**
 * A whole-page picture at phone width with the window as tall as the page, so the fixed tab bar and
 * top bar sit where they belong instead of across the middle of a stitched full-page capture.
 */
async function phoneScreenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: phone.width, height: Math.max(phone.height, height) });
  await screenshot(page, name);
  await page.setViewportSize(phone);
}

const bothLegs = "Do you have pain, numbness or tingling running down both legs?";
const legWeakness =
  "Are your legs getting weaker, is a foot dragging or slapping down, or are you unsteady when you walk?";
const bladder = "Is there new trouble with your bladder: starting or stopping, not feeling the urine pass, or leaking?";

describe("safety first: pain at the door, an emergency at the first yes, clearance as a record", () => {
  let world: E2eWorld;

  beforeAll(async () => {
    world = await startWorld();
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("a new runner in pain since yesterday starts in relief, not the circuit", async () => {
    const { page } = await world.newRunner("mobile");
    await page.setViewportSize(phone);
    const app = new AppPage(page);
    await app.open("#/");
    await new SignUpPage(page).createAccount({
      name: "Cleo Runner",
      email: "cleo@example.com",
      password: "one calm step",
    });

    const episode = new EpisodePage(page);
    await episode.waitUntilShown();
    // A future onset is refused with a clear error.
    await episode.fill({ pain0to10: 6, onsetDate: addDays(todayUtc(), 1), onsetTime: "08:00", legSymptoms: false });
    await episode.submit();
    await page.getByText("That is in the future. Choose when the pain began, up to now.").waitFor();
    await episode.fill({ pain0to10: 6, onsetDate: addDays(todayUtc(), -1), onsetTime: "18:00", legSymptoms: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText("That is in the future.", { exact: false }).waitFor({ state: "detached" });
    await phoneScreenshot(page, "episode-390");
    await episode.submit();

    const triage = new TriagePage(page);
    await triage.waitUntilShown();
    await triage.answerAndSubmit();
    await page.getByRole("link", { name: "Continue" }).click();
    const causes = new CauseFinderPage(page);
    await causes.waitUntilShown();
    await causes.answerAndSubmit(["Does your back hurt when you stand up after sitting?"]);
    await causes.startPlan();

    // Relief for 72 hours from yesterday's onset (the lead's engine): calm tasks, no circuit, no running.
    const today = new TodayPage(page);
    await today.waitUntilShown();
    await today.tasks().first().waitFor();
    await page.getByRole("heading", { name: /^Relief until .*: no running or jumping$/, level: 2 }).waitFor();
    const titles = (await today.tasks().getByRole("heading", { level: 3 }).allTextContents()).join(" | ");
    expect(titles).toMatch(/Pool walking|Ice, then heat/);
    expect(titles).not.toMatch(/Rebuild circuit/);
    expect(await today.runningTasks().count()).toBe(0);
  });

  describe("an emergency answer, then the clinician's all-clear", () => {
    let context: BrowserContext;
    let page: Page;
    let api: RunnerApi;

    beforeAll(async () => {
      ({ context, page } = await world.newRunner("mobile"));
      await page.setViewportSize(phone);
      api = RunnerApi.of(context);
      await api.signUp("Dan Runner", "dan@example.com");
    });

    it("asks the leg questions first after leg symptoms, and the first emergency yes shows the emergency page at once", async () => {
      const app = new AppPage(page);
      await app.open("#/");
      await new EpisodePage(page).report({ pain0to10: 5, legSymptoms: true });
      const triage = new TriagePage(page);
      await triage.waitUntilShown();
      expect((await triage.questionOrder()).slice(0, 2)).toEqual([bothLegs, legWeakness]);

      await triage.answer(bothLegs, false);
      await triage.answer(legWeakness, false);
      await triage.answerEmergencyYes(bladder);

      const emergency = new EmergencyPage(page);
      await emergency.heading().waitFor();
      await page.getByRole("listitem").filter({ hasText: bladder }).waitFor();
      expect(await emergency.isAlone()).toBe(true);

      // The answers so far were saved as they stood; the questions not reached were not answered yes.
      await expect
        .poll(async () => (await api.events()).find((event) => event.type === "triage.answered")?.answers, {
          timeout: 20_000,
        })
        .toEqual({ "sciatica-both-legs": false, "leg-weakness-worsening": false, "bladder-change": true });
    });

    it("records the all-clear with who, their role and the day, and explains relief then the rebuild", async () => {
      const app = new AppPage(page);
      await page.getByRole("link", { name: "Record a clinician's all-clear" }).click();
      await app.heading("Record a clinician's all-clear").waitFor();
      // The open flag is preselected.
      expect(await page.getByRole("checkbox", { name: "New bladder problems" }).isChecked()).toBe(true);

      await page.getByLabel("Clinician's name").fill("Dr Okafor");
      await page.getByRole("radio", { name: "Emergency department (A&E)" }).check();
      await page.getByLabel("Day they saw you").fill(addDays(todayUtc(), 1));
      await page.getByRole("button", { name: "Save all-clear" }).click();
      await page.getByText("The date cannot be in the future.").waitFor();
      await page.getByLabel("Day they saw you").fill(todayUtc());
      await page.getByLabel("What they said (optional)").fill("Examined, scan clear, fine to exercise gently.");
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByText("The date cannot be in the future.").waitFor({ state: "detached" });
      await phoneScreenshot(page, "clearance-390");
      await page.getByRole("button", { name: "Save all-clear" }).click();

      await app.heading("All-clear recorded").waitFor();
      const next = page.getByRole("listitem");
      await next.filter({ hasText: /^Then 72 hours of relief/ }).waitFor();
      await next.filter({ hasText: /^Then the rebuild/ }).waitFor();
      await next.filter({ hasText: /safety questions again/ }).waitFor();
      expect(await page.getByText(/Not straight into running/).count()).toBe(1);
      await phoneScreenshot(page, "clearance-saved-390");

      await expect
        .poll(async () => (await api.events()).find((event) => event.type === "clearance.recorded"), {
          timeout: 20_000,
        })
        .toMatchObject({
          clinician: "Dr Okafor, emergency department",
          clinicianRole: "emergency-department",
          seenOn: todayUtc(),
          flagIds: ["bladder-change"],
          kind: "clearance",
        });
    });
  });
});

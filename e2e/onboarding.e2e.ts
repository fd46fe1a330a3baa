import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { EpisodePage } from "./page-models/episode-page.ts";
import { SignUpPage } from "./page-models/sign-up-page.ts";
import { TodayPage } from "./page-models/today-page.ts";
import { CauseFinderPage, TriagePage } from "./page-models/yes-no-form.ts";
import { seriousViolations } from "./support/axe.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

describe("a new runner, on a phone, from sign-up to today's plan", () => {
  let world: E2eWorld;
  let page: Page;

  beforeAll(async () => {
    world = await startWorld();
    ({ page } = await world.newRunner("mobile"));
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("signs up, passes the safety check, finds likely causes and gets a plan with reasons", async () => {
    const app = new AppPage(page);
    await app.open("#/");
    await new SignUpPage(page).createAccount({
      name: "Ana Runner",
      email: "ana@example.com",
      password: "slow and steady wins",
    });

    // Pain at the door: a mild, settled episode that began ten days ago, nothing in the legs, so the
    // plan starts at the rebuild rather than in relief.
    const episode = new EpisodePage(page);
    await episode.waitUntilShown();
    await episode.fill({ pain0to10: 2, onsetDate: addDays(todayUtc(), -10), onsetTime: "09:00", legSymptoms: false });
    expect(await seriousViolations(page)).toEqual([]);
    await episode.submit();

    // Then the red flags: every question answered "no".
    const triage = new TriagePage(page);
    await triage.waitUntilShown();
    await triage.answerAndSubmit();
    await app.heading(/no warning signs|safety/i).waitFor();
    await page.getByRole("link", { name: "Continue" }).click();

    // The cause finder: the runner recognises a few signs.
    const causes = new CauseFinderPage(page);
    await causes.waitUntilShown();
    await causes.answerAndSubmit([
      "Does the pain start only after about 3 miles (5 km)?",
      "Do your buttock muscles feel like they are not doing much when you run?",
      "Does your back hurt when you stand up after sitting?",
    ]);

    await app.heading("Your likely causes").waitFor();
    const ranked = causes.likelyCauses();
    await ranked.first().waitFor();
    // Both glute signs were "yes", so weak glutes and hamstrings leads, with the why and the plan's answer.
    const first = ranked.first();
    expect(await first.getByRole("heading", { level: 3 }).textContent()).toMatch(/^1\. .*glute/i);
    expect(await first.textContent()).toContain("Why it hurts:");
    expect(await first.getByRole("listitem").allTextContents()).toEqual(
      expect.arrayContaining(["Pain that starts after about 3 miles (5 km)", "Buttock muscles that feel switched off"]),
    );
    await first.getByText("What your plan does about it").waitFor();
    expect(await ranked.count()).toBeGreaterThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);

    await causes.startPlan();
    const today = new TodayPage(page);
    await today.waitUntilShown();
    await today.tasks().first().waitFor();
    const titles = await today.tasks().getByRole("heading", { level: 3 }).allTextContents();
    expect(titles.join(" | ")).toMatch(/Rebuild circuit/);
    expect(titles.join(" | ")).toMatch(/Walk\/run, week 1/);
    // Every task says what to do and why it is there.
    // Task cards are the list items with a task heading; the exercise lists inside them are not tasks.
    const cards = today.tasks().filter({ has: page.getByRole("heading", { level: 3 }) });
    for (const task of await cards.all()) {
      expect((await task.locator(".task-dosage").first().textContent())?.trim()).not.toBe("");
      expect((await task.locator(".task-reason").textContent())?.trim()).not.toBe("");
    }
    await page.getByRole("region", { name: "This week" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

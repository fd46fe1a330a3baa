import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { SessionPlayerPage } from "./page-models/session-player-page.ts";
import { TodayPage } from "./page-models/today-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { seriousViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { addDays, dayWords, isoMonday, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

describe("return week 1: pain 4 during a walk/run ends it and the next days have no impact", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let api: RunnerApi;
  const today = todayUtc();

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    api = RunnerApi.of(context);
    await api.signUp("Cleo Runner", "cleo@example.com");
    // Onboarded today with nothing flagged: return week 1, and today is a walk/run day.
    await api.postEvents(events.onboard(today));
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("stops the session at once when the runner reports pain 4/10", async () => {
    const app = new AppPage(page);
    await app.open("#/today");
    const todayPage = new TodayPage(page);
    await todayPage.task("Walk/run, week 1").waitFor();
    await todayPage.startTask("Walk/run, week 1");

    const player = new SessionPlayerPage(page);
    await player.start();
    await player.recordPain(4);

    const stop = player.stopInstructions();
    await stop.getByRole("heading", { name: "Pain 4/10: stop here" }).waitFor();
    expect(await stop.getByRole("listitem").count()).toBeGreaterThan(0);
    // The session is over: no clock controls left, and the reported pain carries into the log form.
    expect(await page.getByRole("button", { name: "Pause" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Pain", exact: true }).count()).toBe(0);
    expect(await player.painDuringChoice().getAttribute("value")).toBe("4");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "player-pain-stop-mobile");

    await player.answerAfter(4, "Sharp after the second run");
    await player.save();
  });

  it("after saving, Today shows no running and why, with the date it ends", async () => {
    const todayPage = new TodayPage(page);
    await todayPage.waitUntilShown();
    const until = addDays(today, 3);
    const notice = todayPage.noRunningNotice();
    await notice.filter({ hasText: `No running or jumping through ${dayWords(until)}` }).waitFor();
    const why = await page.locator(".flag", { has: notice }).textContent();
    await screenshot(page, "today-no-impact-mobile");
    expect(why).toMatch(/4\/10/);
    expect(await todayPage.runningTasks().count()).toBe(0);
    expect(await page.getByRole("link", { name: /^Start Walk\/run/ }).count()).toBe(0);

    // Tomorrow has no impact either: in this week's view when tomorrow is in the same week.
    const tomorrow = addDays(today, 1);
    if (isoMonday(tomorrow) === isoMonday(today)) {
      await todayPage.weekDay(dayWords(tomorrow)).filter({ hasText: "no impact" }).waitFor();
    }

    // And the server, folding the same log, agrees on the window.
    await expect
      .poll(async () => (await api.events()).filter((event) => event.type === "session.completed").length, {
        timeout: 20_000,
      })
      .toBe(1);
    const plan = (await (await context.request.get("/api/plan/today")).json()) as {
      runningAllowed: boolean;
      noImpactUntil: string | null;
    };
    expect(plan.runningAllowed).toBe(false);
    expect(plan.noImpactUntil).toBe(until);
    expect(plan.noImpactUntil && plan.noImpactUntil >= addDays(today, 3)).toBe(true);
    const stored = (await api.events()).find((event) => event.type === "session.completed");
    expect(stored).toMatchObject({ kind: "walk-run", endedEarly: true, painDuring0to10: 4, painAfter0to10: 4 });
  });
});

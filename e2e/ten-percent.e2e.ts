import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { LogRunPage } from "./page-models/log-run-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { addDays, isoMonday, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

/**
 * A runner in week 4: onboarded on the Monday three weeks ago, three good walk/runs in each of return
 * weeks 1 and 2, and four 3 km runs last week (12 km). This week's cap is 13.2 km; one run over 3.3 km
 * is a spike against the longest recent run.
 */
function weekFourLog(): Record<string, unknown>[] {
  const onboarded = addDays(isoMonday(todayUtc()), -21);
  return [
    ...events.onboard(onboarded),
    ...[0, 2, 4, 7, 9, 11].map((day) => events.walkRun(addDays(onboarded, day))),
    ...[14, 16, 18, 20].map((day) => events.run(addDays(onboarded, day), 3000)),
  ];
}

describe("the 10% rule: a run over this week's cap is questioned before it is saved", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let api: RunnerApi;

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    api = RunnerApi.of(context);
    await api.signUp("Eva Runner", "eva@example.com");
    await api.postEvents(weekFourLog());
    const plan = (await (await context.request.get("/api/plan/today")).json()) as { phase: string; week: number };
    expect(plan.phase).toBe("progression");
    expect(plan.week).toBeGreaterThanOrEqual(4);
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("warns about the weekly cap and a single-run spike, and lets the runner change the run", async () => {
    const app = new AppPage(page);
    await app.open("#/log");
    const log = new LogRunPage(page);
    await log.waitUntilShown();
    await log.fill({ distance: "15", duration: "1:30:00", painDuring: 1, painAfter: 1 });
    await log.submit();

    // 15 km is also more than twice the longest run of the month: the runner is asked first.
    await log.confirmIsRight();
    const warnings = log.warnings();
    await warnings.getByText(/more than twice your longest run of the last 30 days/).waitFor();
    await warnings.getByText(/over this week's cap of 13\.2 km/).waitFor();
    await warnings.getByText(/10%/).first().waitFor();
    expect(await warnings.getByRole("heading", { name: "Check this run" }).count()).toBeGreaterThanOrEqual(2);
    await page.getByRole("button", { name: "Yes, save it" }).waitFor();

    // Nothing is saved until the runner decides.
    expect((await api.events()).filter((event) => event.type === "run.logged")).toHaveLength(4);

    await log.fixIt();
    await page.getByLabel(/^Distance \(/).fill("3");
    await log.submit();
    // Within the cap: saved straight away, no questions.
    await app.heading(/^Run on /).waitFor();
  });

  it("saves a run over the cap when the runner chooses to", async () => {
    const app = new AppPage(page);
    await app.go("#/log");
    const log = new LogRunPage(page);
    await log.waitUntilShown();
    await log.fill({ distance: "15", duration: "1:30:00" });
    await log.submit();
    await log
      .warnings()
      .getByText(/over this week's cap/)
      .waitFor();
    await log.yesSaveIt();
    await app.heading(/^Run on /).waitFor();

    await expect
      .poll(async () => (await api.events()).filter((event) => event.type === "run.logged").length, {
        timeout: 20_000,
      })
      .toBe(6);
  });
});

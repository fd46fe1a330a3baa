import { randomUUID } from "node:crypto";
import type { APIRequestContext, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { LogRunPage } from "./page-models/log-run-page.ts";
import { RunPage } from "./page-models/run-page.ts";
import { RunsPage } from "./page-models/runs-page.ts";
import { TodayPage } from "./page-models/today-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { screenshot } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

/** The phone width the screenshots of this spec are taken at. */
const phone = { width: 390, height: 844 };

async function csrf(request: APIRequestContext): Promise<string> {
  const session = await request.get("/api/auth/session");
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

async function addShoe(request: APIRequestContext, body: Record<string, unknown>): Promise<string> {
  const response = await request.post("/api/shoes", { data: body, headers: { "x-csrf-token": await csrf(request) } });
  if (!response.ok()) throw new Error(`POST /api/shoes: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

async function putProfile(request: APIRequestContext, timeZone: string): Promise<void> {
  const response = await request.put("/api/profile", {
    data: {
      displayName: "Tala",
      distanceUnit: "km",
      weightUnit: "kg",
      timeZone,
      goal: "",
      theme: "system",
      keepGpsTracks: false,
    },
    headers: { "x-csrf-token": await csrf(request) },
  });
  if (!response.ok()) throw new Error(`PUT /api/profile: ${response.status()} ${await response.text()}`);
}

function dateIn(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

describe("runs that can be trusted and corrected, in the runner's unit", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let api: RunnerApi;
  const today = todayUtc();
  const onboarded = addDays(today, -20);

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    await page.setViewportSize(phone);
    api = RunnerApi.of(context);
    await api.signUp("Noa Runner", "noa@example.com");
    const shoeId = await addShoe(context.request, {
      name: "Blue trainers",
      dropMm: 10,
      startedOn: addDays(today, -14),
      isDefault: true,
    });
    await api.postEvents([
      ...events.onboard(onboarded),
      // An import from two years before the pair was bought: it must not wear the pair.
      { ...events.run(addDays(today, -730), 21_100), shoeId, source: "import" },
      { ...events.run(addDays(today, -9), 4000), shoeId },
      { ...events.run(addDays(today, -5), 4000), shoeId },
    ]);
  });

  afterAll(async () => {
    await world?.stop();
  });

  const runCount = async () => (await api.events()).filter((event) => event.type === "run.logged").length;

  it("refuses an impossible run beside the field and asks about an implausible one", async () => {
    const app = new AppPage(page);
    await app.open("#/log");
    const log = new LogRunPage(page);
    await log.waitUntilShown();

    await log.fill({ distance: "42.2", duration: "0:30" });
    await log.submit();
    await log
      .fieldError("Time (mm:ss or h:mm:ss)")
      .getByText(/faster than any human run/)
      .waitFor();
    await log.waitUntilShown();

    // 10 km in 28 minutes (2:48 min/km): possible, rare, and more than twice the longest recent run.
    await log.fill({ distance: "10", duration: "28:00", painDuring: 1, painAfter: 1 });
    await log.submit();
    await log.confirmIsRight();
    await log
      .warnings()
      .getByText(/is faster than 3:00 min\/km/)
      .waitFor();
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await screenshot(page, "log-run-confirm-390");

    await log.fixIt();
    expect(await page.getByLabel(/^Distance \(/).inputValue()).toBe("10");
    await log.submit();
    await log.confirmIsRight();
    await log.yesSaveIt();
    await new RunPage(page).waitUntilShown();

    // The impossible run never left the phone; the confirmed one did.
    await expect.poll(runCount, { timeout: 20_000 }).toBe(4);
  });

  it("corrects a run and deletes another; the list follows", async () => {
    const app = new AppPage(page);
    const run = new RunPage(page);
    await run.waitUntilShown();
    await run.edit();
    await run.fillEdit({ distance: "8", duration: "44:00" });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await screenshot(page, "run-edit-390");
    await run.saveChanges();
    await run.stat("Distance").getByText("8 km", { exact: true }).waitFor();
    await run.stat("Time").getByText("44:00", { exact: true }).waitFor();

    await app.go("#/runs");
    const runs = new RunsPage(page);
    await runs.waitUntilShown();
    await runs.runLinks().filter({ hasText: "· 8 km" }).waitFor();
    expect(await runs.runLinks().count()).toBe(4);

    await runs.runLinks().filter({ hasText: "· 8 km" }).click();
    await run.waitUntilShown();
    await run.delete();
    await runs.waitUntilShown();
    await expect.poll(() => runs.runLinks().count()).toBe(3);
    expect(await runs.runLinks().filter({ hasText: "· 8 km" }).count()).toBe(0);

    const stored = await api.events();
    expect(stored.filter((event) => event.type === "run.corrected")).toHaveLength(1);
    expect(stored.filter((event) => event.type === "entry.deleted")).toHaveLength(1);
  });

  it("shows the shoes' start date, drop note and mileage from that day on", async () => {
    const app = new AppPage(page);
    await app.go("#/shoes");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Blue trainers/ }) });
    await card.getByText(/^8 km · 10 mm drop/).waitFor();
    await card.getByText("8 km in these shoes; check them at 480 km.").waitFor();
    await card.getByText(/1 earlier run is from before then and not counted/).waitFor();
    await card.getByText(/Drop 10 mm is outside the article's 6–8 mm/).waitFor();
  });

  it("reads in miles everywhere once miles are chosen", async () => {
    const app = new AppPage(page);
    await app.go("#/settings");
    await page.getByLabel("Distance unit").selectOption("mi");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();

    await app.go("#/runs");
    const runs = new RunsPage(page);
    await runs.waitUntilShown();
    await runs
      .runLinks()
      .filter({ hasText: /· [\d.]+ mi/ })
      .first()
      .waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(/\d km/);

    await app.go("#/shoes");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Blue trainers/ }) });
    await card.getByText(/^5 mi · 10 mm drop/).waitFor();
    await card.getByText(/check them at 300 mi/).waitFor();

    await app.go("#/progress");
    await page.getByText(/^This week: [\d.]+ mi/).waitFor();
    await page.getByRole("heading", { name: "Shoes" }).waitFor();
    expect(await page.locator("main").textContent()).not.toMatch(/\d km/);

    await app.go("#/today");
    await new TodayPage(page).waitUntilShown();
    expect(await page.locator("main").textContent()).not.toMatch(/\d km/);
  });
});

describe("a time-zone change never loses the plan", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    const api = RunnerApi.of(context);
    await api.signUp("Tala Runner", "tala@example.com");
    await putProfile(context.request, "Pacific/Kiritimati");
    // Onboarded "today" on the date Kiritimati (UTC+14) has now: a day or two ahead of Pago Pago (UTC-11).
    const kiritimatiToday = dateIn("Pacific/Kiritimati");
    const now = new Date().toISOString();
    await api.postEvents(
      events
        .onboard(kiritimatiToday)
        .map((event) => ({ ...event, occurredAt: now.replace("Z", "+00:00"), id: randomUUID() })),
    );
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("keeps Today's plan after moving from Kiritimati to Pago Pago", async () => {
    const app = new AppPage(page);
    const todayPage = new TodayPage(page);
    await app.open("#/today");
    await todayPage.waitUntilShown();
    const questions = page.getByRole("heading", { name: /^Answer the warning-sign questions/ });
    await todayPage.tasks().first().waitFor();
    expect(await questions.count()).toBe(0);

    await app.go("#/settings");
    await page.getByLabel("Time zone").selectOption("Pacific/Pago_Pago");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Saved.").waitFor();
    expect(dateIn("Pacific/Pago_Pago") < dateIn("Pacific/Kiritimati")).toBe(true);

    await app.go("#/today");
    await todayPage.waitUntilShown();
    await todayPage.tasks().first().waitFor();
    expect(await questions.count()).toBe(0);
    expect(await page.getByText(/No running plan until/).count()).toBe(0);
  });
});

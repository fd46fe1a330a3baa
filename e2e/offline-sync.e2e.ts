import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { LogRunPage } from "./page-models/log-run-page.ts";
import { RunsPage } from "./page-models/runs-page.ts";
import { TodayPage } from "./page-models/today-page.ts";
import { events, RunnerApi, type StoredEvent } from "./support/api.ts";
import { todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const countOf = (stored: StoredEvent[], type: string) => stored.filter((event) => event.type === type).length;

describe("logging with no signal, then syncing: nothing lost, nothing doubled", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let api: RunnerApi;

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    api = RunnerApi.of(context);
    await api.signUp("Dev Runner", "dev@example.com");
    await api.postEvents(events.onboard(todayUtc()));
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("keeps a run and a pain check-in on the phone while offline, marked as waiting", async () => {
    const app = new AppPage(page);
    await app.open("#/today");
    await app.waitUntilAvailableOffline();
    await app.syncStatus().filter({ hasText: "Synced" }).waitFor();

    await context.setOffline(true);
    await app.syncStatus().filter({ hasText: "Offline" }).waitFor();

    await app.tab("Log");
    const log = new LogRunPage(page);
    await log.waitUntilShown();
    await log.fill({ distance: "3", duration: "21:00", painDuring: 1, painAfter: 1 });
    await log.submit();
    await app.heading(/^Run on /).waitFor();

    await app.tab("Today");
    const today = new TodayPage(page);
    await today.waitUntilShown();
    await today.checkIn(2);

    await app.syncStatus().filter({ hasText: "Offline · 2 waiting" }).waitFor();

    // Closing and reopening the app with no signal: the shell comes from the service worker, the
    // entries from the phone's storage, still waiting.
    await app.reload();
    await today.waitUntilShown();
    await app.syncStatus().filter({ hasText: "Offline · 2 waiting" }).waitFor();
    // The test's API client is not behind the browser's offline switch: the server has none of it yet.
    const stored = await api.events();
    expect(countOf(stored, "run.logged")).toBe(0);
    expect(countOf(stored, "pain.checkin")).toBe(0);
  });

  it("syncs when the signal returns, and syncing again adds nothing", async () => {
    const app = new AppPage(page);
    await context.setOffline(false);
    await app.syncStatus().filter({ hasText: "Synced" }).waitFor();

    const once = await api.events();
    expect(countOf(once, "run.logged")).toBe(1);
    expect(countOf(once, "pain.checkin")).toBe(1);

    // Two more syncs (the browser's online event twice, then a reload that syncs on start).
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await page.evaluate(() => window.dispatchEvent(new Event("online")));
      await app.syncStatus().filter({ hasText: "Synced" }).waitFor();
    }
    await app.reload();
    await app.syncStatus().filter({ hasText: "Synced" }).waitFor();

    // The same event sent again by id is recognised, not stored twice.
    const run = once.find((event) => event.type === "run.logged");
    if (!run) throw new Error("no run stored");
    const resent = await context.request.post("/api/events", {
      data: { events: [run] },
      headers: { "x-csrf-token": await csrf(context) },
    });
    const result = (await resent.json()) as { results: { status: string }[] };
    expect(result.results[0]?.status).toBe("duplicate");

    const after = await api.events();
    expect(countOf(after, "run.logged")).toBe(1);
    expect(countOf(after, "pain.checkin")).toBe(1);
    expect(after.length).toBe(once.length);

    await app.go("#/runs");
    const runs = new RunsPage(page);
    await runs.waitUntilShown();
    await expect.poll(async () => await runs.runLinks().count(), { timeout: 20_000 }).toBe(1);
  });
});

async function csrf(context: BrowserContext): Promise<string> {
  const session = await context.request.get("/api/auth/session");
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

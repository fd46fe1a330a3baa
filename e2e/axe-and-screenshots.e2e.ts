import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplesDir as samples } from "../packages/importers/test/fixtures/samples-dir.ts";
import { AppPage } from "./page-models/app-page.ts";
import { EpisodePage } from "./page-models/episode-page.ts";
import { SessionPlayerPage } from "./page-models/session-player-page.ts";
import { TodayPage } from "./page-models/today-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { type AxeViolation, formatViolations, seriousViolations } from "./support/axe.ts";
import { screenshot, type viewports } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const importedRun = path.join(samples, "tcx", "fr265s-run-10k-garmin-connect.tcx");

/**
 * Every main screen at phone and desktop width: zero serious or critical axe violations, and a
 * full-page screenshot in e2e/screenshots/<screen>-<viewport>.png for people to look at.
 */
let world: E2eWorld;
const found = new Map<string, AxeViolation[]>();
let emailCount = 0;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world?.stop();
});

describe.each(["mobile", "desktop"] as const)("every screen at %s width", (viewport: keyof typeof viewports) => {
  async function check(page: Page, screen: string): Promise<void> {
    // Nothing still loading: lazy screens, fonts and charts in place before axe and the camera.
    await page.getByRole("status").filter({ hasText: "Loading…" }).waitFor({ state: "detached" });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const violations = await seriousViolations(page);
    if (violations.length > 0) found.set(`${screen}-${viewport}`, violations);
    await screenshot(page, `${screen}-${viewport}`);
  }

  async function runner(name: string): Promise<{ context: BrowserContext; page: Page; api: RunnerApi }> {
    const { context, page } = await world.newRunner(viewport);
    const api = RunnerApi.of(context);
    emailCount += 1;
    await api.signUp(name, `${name.toLowerCase().replace(/\W+/g, ".")}.${viewport}.${emailCount}@example.com`);
    return { context, page, api };
  }

  it("signed out: sign-up and sign-in", async () => {
    const { page } = await world.newRunner(viewport);
    const app = new AppPage(page);
    await app.open("#/");
    await app.heading("Create your account").waitFor();
    await check(page, "sign-up");
    await page.getByRole("button", { name: "Sign in instead" }).click();
    await app.heading("Sign in").waitFor();
    await check(page, "sign-in");
  });

  it("onboarding and the emergency path: triage, emergency, clearance", async () => {
    const fresh = await runner("Gil Newcomer");
    const app = new AppPage(fresh.page);
    await app.open("#/");
    // A new runner is asked about today's pain first ("pain at the door"), then the safety questions.
    const episode = new EpisodePage(fresh.page);
    await episode.waitUntilShown();
    await check(fresh.page, "episode");
    await episode.fill({ pain0to10: 2, onsetDate: addDays(todayUtc(), -10), onsetTime: "09:00", legSymptoms: false });
    await episode.submit();
    await app.heading(/safety check/i).waitFor();
    await check(fresh.page, "triage");

    const urgent = await runner("Hal Emergency");
    await urgent.api.postEvents(events.onboard(todayUtc(), { "saddle-numbness": true }));
    const emergencyApp = new AppPage(urgent.page);
    await emergencyApp.open("#/today");
    await emergencyApp.heading("Go to emergency care now").waitFor();
    await check(urgent.page, "emergency");
    await urgent.page.getByRole("link", { name: "Record a clinician's all-clear" }).click();
    await emergencyApp.heading("Record a clinician's all-clear").waitFor();
    await check(urgent.page, "clearance");
  });

  it("a runner in week 1: causes, today, the session player, logging, runs, progress and the rest", async () => {
    const { context, page, api } = await runner("Ida Runner");
    const today = todayUtc();
    await api.postEvents([
      ...[5, 4, 3, 2, 1].map((daysAgo) => ({
        ...events.base(addDays(today, -daysAgo), 20),
        type: "pain.checkin",
        pain0to10: daysAgo > 2 ? 3 : 2,
        legSymptoms: false,
      })),
      ...events.onboard(today),
    ]);
    await api.importFile(path.basename(importedRun), "application/vnd.garmin.tcx+xml", readFileSync(importedRun));
    const app = new AppPage(page);

    await app.open("#/causes");
    await app.heading("Your likely causes").waitFor();
    await check(page, "causes");

    await app.go("#/today");
    const todayPage = new TodayPage(page);
    await todayPage.task("Walk/run, week 1").waitFor();
    await check(page, "today");

    await todayPage.startTask("Walk/run, week 1");
    const player = new SessionPlayerPage(page);
    await page.getByRole("button", { name: "Start", exact: true }).waitFor();
    await check(page, "player-ready");
    await player.start();
    await check(page, "player-active");
    await player.openPain();
    await player.choosePain(2);
    await check(page, "player-pain-dialog");
    await player.painDialog().getByRole("button", { name: "Record pain" }).click();
    await player.askToEnd();
    await check(page, "player-end-dialog");
    await player.confirmEnd();
    await app.heading(/Session (ended|complete)/, 2).waitFor();
    await check(page, "player-after");

    await app.go("#/log");
    await app.heading("Log a run").waitFor();
    await check(page, "log-run");

    await app.go("#/runs");
    await app.heading("Runs").waitFor();
    const runLink = page.locator("main").getByRole("listitem").getByRole("link").first();
    await runLink.waitFor();
    await check(page, "runs");
    await runLink.click();
    await app.heading(/^Run on /).waitFor();
    await check(page, "run");

    for (const [hash, heading, screen] of [
      ["#/progress", "Progress", "progress"],
      ["#/import", "Import runs", "import"],
      ["#/shoes", "Shoes", "shoes"],
      ["#/guide", "Guide", "guide"],
      ["#/settings", "Settings", "settings"],
      ["#/more", "More", "more"],
    ] as const) {
      await app.go(hash);
      await app.heading(heading).waitFor();
      await check(page, screen);
    }

    await app.go("#/guide");
    await page.getByRole("searchbox", { name: "Search the guide" }).fill("treadmill");
    await page.getByRole("navigation", { name: "Guide contents" }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /^\d+ results? for “treadmill”/ })
      .waitFor();
    await check(page, "guide-search");
    await context.close();
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe violations on any screen, phone or desktop", () => {
    const report = [...found].map(([screen, violations]) => formatViolations(screen, violations)).join("\n\n");
    expect(report, `axe found serious or critical violations:\n${report}`).toBe("");
  });
});

import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { FormCheckPage } from "./page-models/form-check-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { screenshot, screenshotDir } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const phone = { width: 390, height: 844 };
const clip = path.resolve(import.meta.dirname, "fixtures", "videos", "treadmill-side-168spm.mp4");
/** Measured from raw pixels without a pose model (fixtures/videos/SOURCES.md). */
const groundTruthStepsPerMinute = 168.9;

describe("form check from a real treadmill clip, on the device", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let api: RunnerApi;
  const today = todayUtc();

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    await page.setViewportSize(phone);
    api = RunnerApi.of(context);
    await api.signUp("Ines Runner", "ines@example.com");
    // A watch measured 150 steps a minute a week ago: the metronome target steps from there.
    await api.postEvents([
      ...events.onboard(addDays(today, -30)),
      { ...events.run(addDays(today, -7), 5000), cadenceStepsPerMinute: 150 },
    ]);
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("is reached from Progress and from the guide's form fixes", async () => {
    const app = new AppPage(page);
    await app.open("#/guide");
    await page.getByRole("link", { name: "Check your form from a video" }).waitFor();
    await app.open("#/progress");
    await app.waitUntilAvailableOffline();
    await page.getByRole("link", { name: "Check your form from a video" }).click();
    await new FormCheckPage(page).waitUntilShown();
  });

  it("measures cadence within 3 steps a minute of the ground truth, with lean and overstride in range and their method shown", async () => {
    const form = new FormCheckPage(page);
    await expect(form.cadenceTarget().textContent()).resolves.toMatch(/Set the metronome to 158/);
    await form.chooseView("From the side");
    await form.chooseVideo(clip);
    // Analysis time is reported by bench/form-check.ts; the generous wait here is not a measurement.
    await form.check(180_000);

    const cadence = Number((await form.metricValue("Cadence")).match(/^(\d+) steps\/min/)?.[1]);
    expect(Math.abs(cadence - groundTruthStepsPerMinute)).toBeLessThanOrEqual(3);

    const lean = Number((await form.metricValue("Trunk lean")).match(/^(-?\d+)°/)?.[1]);
    expect(lean).toBeGreaterThanOrEqual(-5);
    expect(lean).toBeLessThanOrEqual(20);
    await expect(form.method("Trunk lean")).resolves.toMatch(/middle of the hips to the middle of the shoulders/);

    const overstride = Number((await form.metricValue("Overstride")).match(/^(-?\d+)% of leg length/)?.[1]);
    expect(overstride).toBeGreaterThanOrEqual(-10);
    expect(overstride).toBeLessThanOrEqual(60);
    await expect(form.method("Overstride")).resolves.toMatch(/landing ankle is ahead of the hips/);

    await page.getByRole("img", { name: /typical foot landing/ }).waitFor();
    await page.getByRole("heading", { name: "Step rhythm" }).waitFor();
    await page
      .getByRole("img", { name: /typical foot landing/ })
      .screenshot({ path: path.join(screenshotDir, "form-check-landing-390.png") });
    await screenshot(page, "form-check-390");
    // The first screenful of results as the runner sees it, at a size that can be read.
    await page.getByRole("heading", { name: "Your form" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, "form-check-results-390.png") });
  });

  it("saves the measures only, and the cadence target steps from the new count", async () => {
    const form = new FormCheckPage(page);
    const cadenceText = await form.metricValue("Cadence");
    const cadence = Number(cadenceText.match(/^(\d+)/)?.[1]);
    await form.save();
    await expect
      .poll(async () => (await api.events()).filter((event) => event.type === "form.checked").length, {
        timeout: 30_000,
      })
      .toBe(1);
    const saved = (await api.events()).find((event) => event.type === "form.checked");
    expect(saved).toMatchObject({ view: "side", model: "movenet-singlepose-lightning-4" });
    expect(JSON.stringify(saved)).not.toMatch(/data:|blob:|keypoints|image/);
    const measures = saved?.measures as { cadenceStepsPerMinute: { value: number } };
    expect(Math.round(measures.cadenceStepsPerMinute.value)).toBe(cadence);

    const next = Math.min(Math.round(measures.cadenceStepsPerMinute.value * 1.05), 180);
    await expect(form.cadenceTarget().textContent()).resolves.toMatch(new RegExp(`Set the metronome to ${next}`));
    await page.getByRole("heading", { name: "Your form checks" }).waitFor();
    await page.getByRole("status").filter({ hasText: "Saved to your log" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, "form-check-saved-390.png") });
  });

  it("reads in dark mode", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.getByRole("heading", { name: "Your form checks" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshotDir, "form-check-dark-390.png") });
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("keeps the pose model in the service worker's cache after first use", async () => {
    const cached = await page.evaluate(async () => {
      const cache = await caches.open("form-check-model");
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    expect(cached).toEqual(
      expect.arrayContaining(["/form-check/movenet-lightning.json", "/form-check/movenet-lightning.bin"]),
    );
  });
});

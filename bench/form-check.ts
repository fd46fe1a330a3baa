/// <reference lib="dom" />
/**
 * The form check's analysis time on this machine, in headless Chromium with no GPU (WebAssembly, one
 * thread), against the 30 s goal for a 12 s, 30 fps clip, and against a floor measured in the same run:
 * playing the same clip frame by frame with no model (the video decoder's and the pause-per-frame cost).
 * Run after `npm run build:web`:
 *   npx tsx bench/form-check.ts
 * It drives the real app (built web app + server, the runner's file picker) like e2e/form-check.e2e.ts.
 * The first check includes loading the model (~5 MB); the second reads it from the service worker's cache.
 */
import { loadavg } from "node:os";
import path from "node:path";
import { events, RunnerApi } from "../e2e/support/api.ts";
import { launchBrowser } from "../e2e/support/browser.ts";
import { addDays, todayUtc } from "../e2e/support/dates.ts";
import { startServer } from "../e2e/support/server.ts";

const clip = path.resolve(import.meta.dirname, "..", "e2e", "fixtures", "videos", "treadmill-side-168spm.mp4");
const clipSeconds = 12;
const goalSeconds = 30;
const groundTruth = 168.9;

const server = await startServer();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const api = RunnerApi.of(context);
  await api.signUp("Bench Runner", "bench@example.com");
  await api.postEvents(events.onboard(addDays(todayUtc(), -30)));
  await page.goto("/#/form-check");
  await page.getByRole("heading", { name: "Form check", level: 1 }).waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  const runs: { seconds: number; cadence: string }[] = [];
  for (let round = 0; round < 2; round++) {
    await page.getByRole("heading", { name: "Form check", level: 1 }).waitFor();
    await page.getByLabel("Choose a video").setInputFiles(clip);
    await page.getByRole("heading", { name: "Keep the steady part" }).waitFor();
    // The whole clip, as the goal is stated for 12 s.
    await page.getByLabel(/^Start:/).fill("0");
    await page.getByLabel(/^End:/).fill(String(clipSeconds));
    const started = performance.now();
    await page.getByRole("button", { name: "Check my form" }).click();
    await page.getByRole("heading", { name: /Your form|We could not check/ }).waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - started) / 1000;
    const cadence =
      (await page
        .locator(".form-metric")
        .first()
        .locator("strong")
        .textContent()
        .catch(() => null)) ?? "refused";
    runs.push({ seconds, cadence });
    await page.getByRole("button", { name: "Check another video" }).click();
  }

  // The floor: playing through the same frames, pausing on each and copying it, with no model.
  await page.getByLabel("Choose a video").setInputFiles(clip);
  await page.getByRole("heading", { name: "Keep the steady part" }).waitFor();
  const floorSeconds = await page.evaluate(async () => {
    const video = document.querySelector("video");
    if (!video) throw new Error("no preview video");
    const canvas = document.createElement("canvas");
    canvas.width = 192;
    canvas.height = 192;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    video.playbackRate = 2;
    const started = performance.now();
    while (!video.ended) {
      const shown = await new Promise<boolean>((resolve) => {
        video.addEventListener("ended", () => resolve(false), { once: true });
        video.requestVideoFrameCallback(() => {
          video.pause();
          resolve(true);
        });
        video.play().catch(() => resolve(false));
      });
      if (!shown) break;
      context?.drawImage(video, 0, 0, 192, 192);
      context?.getImageData(0, 0, 192, 192);
    }
    return (performance.now() - started) / 1000;
  });

  const [first, second] = runs;
  console.log(
    `Form check, ${clipSeconds} s clip at 30 fps (360 frames), headless Chromium, no GPU, load average ${loadavg()[0]?.toFixed(1)} on this machine`,
  );
  for (const [label, run] of [
    ["first check (model loaded from the server)", first],
    ["second check (model from the service worker cache)", second],
  ] as const) {
    if (!run) continue;
    console.log(
      `  ${label}: ${run.seconds.toFixed(1)} s = ${(run.seconds / clipSeconds).toFixed(2)}× the clip's length, ${((run.seconds / goalSeconds) * 100).toFixed(0)}% of the ${goalSeconds} s goal, ${(run.seconds / floorSeconds).toFixed(1)}× the decode floor; cadence shown ${run.cadence} (ground truth ${groundTruth})`,
    );
  }
  console.log(`  floor (play, pause and copy every frame, no model): ${floorSeconds.toFixed(1)} s`);
  const worst = Math.max(...runs.map((run) => run.seconds));
  console.log(worst <= goalSeconds ? "Within the 30 s goal." : `OVER the ${goalSeconds} s goal.`);
} finally {
  await browser.close();
  await server.stop();
}

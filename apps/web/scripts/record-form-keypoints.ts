/**
 * Records the keypoint series of a clip once, for the unit tests of the gait code:
 *   npx tsx apps/web/scripts/record-form-keypoints.ts e2e/fixtures/videos/treadmill-side-168spm.mp4 \
 *     apps/web/src/form-check/fixtures/treadmill-side-168spm.keypoints.json
 * It runs the app's own pose pipeline (pose-engine.ts) in headless Chromium through Vite's dev server.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { createServer } from "vite";

const [clipPath, outPath] = process.argv.slice(2);
if (!clipPath || !outPath) throw new Error("usage: record-form-keypoints.ts <clip.mp4> <out.json>");
const webRoot = path.resolve(import.meta.dirname, "..");
const server = await createServer({
  root: webRoot,
  configFile: path.join(webRoot, "vite.config.ts"),
  server: { port: 0 },
  // Pre-bundled up front: a late re-optimisation would reload the page mid-recording.
  optimizeDeps: { include: ["@tensorflow/tfjs-core", "@tensorflow/tfjs-converter", "@tensorflow/tfjs-backend-wasm"] },
});
await server.listen();
const address = server.httpServer?.address();
const port = typeof address === "object" && address ? address.port : 0;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  // Any page of the origin will do; the app itself is not needed, only its modules.
  await page.goto(`http://localhost:${port}/form-check/movenet-lightning.json`);
  const clip = readFileSync(clipPath).toString("base64");
  const started = Date.now();
  const series = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const { openVideo } = await import("/src/form-check/video-frames.ts");
    const { trackPoses } = await import("/src/form-check/pose-engine.ts");
    const video = await openVideo(new Blob([bytes], { type: "video/mp4" }));
    return await trackPoses({ video, startSeconds: 0, endSeconds: video.durationSeconds });
  }, clip);
  const rounded = {
    ...series,
    frames: series.frames.map((frame) => ({
      timeSeconds: Math.round(frame.timeSeconds * 1e4) / 1e4,
      keypoints: frame.keypoints.map(([x, y, s]) => [
        Math.round(x * 10) / 10,
        Math.round(y * 10) / 10,
        Math.round(s * 100) / 100,
      ]),
    })),
  };
  writeFileSync(outPath, `${JSON.stringify(rounded)}\n`);
  console.log(`${series.frames.length} frames in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${outPath}`);
} finally {
  await browser.close();
  await server.close();
}

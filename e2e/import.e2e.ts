import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplesDir as samples } from "../packages/importers/test/fixtures/samples-dir.ts";
import { AppPage } from "./page-models/app-page.ts";
import { ImportPage } from "./page-models/import-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const fitRun = path.join(samples, "fit", "fenix2-run-47min.fit");
const tcxRun = path.join(samples, "tcx", "fr410-run-33min-no-cadence.tcx");
const scratch = mkdtempSync(path.join(tmpdir(), "backstride-e2e-import-"));
/**
 * The damaged samples in packages/importers/test/fixtures/samples/fit/corrupt are all partly readable,
 * and the importer keeps what it can (by design). A file cut off inside its 14-byte header has nothing
 * to keep.
 */
const corrupt = path.join(scratch, "cut-off-in-header.fit");
writeFileSync(corrupt, readFileSync(fitRun).subarray(0, 9));

describe("importing watch files: per-file results in plain words, and no run twice", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;
  let api: RunnerApi;

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    api = RunnerApi.of(context);
    await api.signUp("Finn Runner", "finn@example.com");
    await api.postEvents(events.onboard(todayUtc()));
  });

  afterAll(async () => {
    await world?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("imports two runs and explains why the corrupt file was not imported", async () => {
    const app = new AppPage(page);
    await app.open("#/import");
    const importer = new ImportPage(page);
    await importer.waitUntilShown();
    await importer.choose([fitRun, tcxRun, corrupt]);

    await importer.result(path.basename(fitRun)).getByText("Imported 1 run").waitFor();
    await importer.result(path.basename(tcxRun)).getByText("Imported 1 run").waitFor();
    const broken = importer.result(path.basename(corrupt));
    await broken.getByText("Not imported").waitFor();
    const reason = (await broken.locator("p.small").textContent()) ?? "";
    // A reason a runner can read: words, no stack trace or error class.
    expect(reason.length).toBeGreaterThan(10);
    expect(reason).not.toMatch(/Error:|at \w+ \(|undefined|\{/);
    await importer.result(path.basename(fitRun)).getByRole("link", { name: "See the run" }).waitFor();

    expect((await api.events()).filter((event) => event.type === "run.logged")).toHaveLength(2);
  });

  it("says the same files are already there when they are uploaded again", async () => {
    const importer = new ImportPage(page);
    await importer.choose([fitRun, tcxRun]);
    await expect
      .poll(async () => await page.getByText("Already imported", { exact: true }).count(), { timeout: 30_000 })
      .toBe(2);
    expect((await api.events()).filter((event) => event.type === "run.logged")).toHaveLength(2);
  });
});

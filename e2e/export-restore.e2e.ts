import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { events, RunnerApi } from "./support/api.ts";
import { screenshot } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

/** A runner takes their data with them: export as JSON, bring it back in Settings, nothing doubled. */
describe("export and bring back: a runner's JSON export restores into an account without duplicates", () => {
  let world: E2eWorld;
  let exportJson: Buffer;
  let exportedEventCount: number;

  beforeAll(async () => {
    world = await startWorld();
    const { context } = await world.newRunner("mobile");
    const original = RunnerApi.of(context);
    await original.signUp("Olga Original", "olga@example.com");
    const start = addDays(todayUtc(), -10);
    await original.postEvents([...events.onboard(start), events.run(addDays(start, 2), 2500)]);
    const response = await context.request.get("/api/export.json");
    expect(response.ok()).toBe(true);
    exportJson = await response.body();
    exportedEventCount = (JSON.parse(exportJson.toString("utf8")) as { events: unknown[] }).events.length;
    expect(exportedEventCount).toBeGreaterThan(2);
  });

  afterAll(async () => {
    await world.stop();
  });

  async function restoreInSettings(page: Page): Promise<string> {
    await page.goto("/#/settings");
    await page.getByRole("heading", { name: "Bring back an export" }).waitFor();
    await page
      .getByLabel("Choose an export file")
      .setInputFiles({ name: "backstride-export.json", mimeType: "application/json", buffer: exportJson });
    const status = page.locator("section", { has: page.getByRole("heading", { name: "Bring back an export" }) });
    await status.getByText(/^Added \d+ (entry|entries)/).waitFor();
    return (await status.getByRole("status").textContent()) ?? "";
  }

  it("brings every entry into a new account on this server", async () => {
    const { context, page }: { context: BrowserContext; page: Page } = await world.newRunner("mobile");
    const newcomer = RunnerApi.of(context);
    await newcomer.signUp("Olga Again", "olga.again@example.com");
    await newcomer.postEvents(events.onboard(todayUtc()));
    const before = (await newcomer.events()).length;
    const summary = await restoreInSettings(page);
    expect(summary).toMatch(/^Added \d+ entr/);
    const after = await newcomer.events();
    expect(after.length).toBeGreaterThan(before);
    expect(after.filter((event) => event.type === "run.logged")).toHaveLength(1);

    // The same file again adds nothing: every entry is already here.
    const again = await restoreInSettings(page);
    await page.getByRole("heading", { name: "Bring back an export" }).scrollIntoViewIfNeeded();
    await screenshot(page, "settings-restore-mobile");
    expect(again).toMatch(/^Added 0 entries/);
    expect(await newcomer.events()).toHaveLength(after.length);
  });
});

import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { EmergencyPage } from "./page-models/emergency-page.ts";
import { EpisodePage } from "./page-models/episode-page.ts";
import { TriagePage } from "./page-models/yes-no-form.ts";
import { RunnerApi } from "./support/api.ts";
import { seriousViolations } from "./support/axe.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const saddleNumbness =
  "Do you have numbness or tingling around your groin, genitals, inner thighs, buttocks or back passage?";

describe("the emergency path: saddle numbness at the safety check", () => {
  let world: E2eWorld;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    world = await startWorld();
    ({ context, page } = await world.newRunner("mobile"));
    await RunnerApi.of(context).signUp("Ben Runner", "ben@example.com");
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("shows a full-screen instruction to go to emergency care at the first yes, with what to say", async () => {
    const app = new AppPage(page);
    await app.open("#/");
    await new EpisodePage(page).report({ pain0to10: 4, legSymptoms: false });
    const triage = new TriagePage(page);
    await triage.waitUntilShown();
    // No "Save answers": the emergency "yes" alone takes the runner to the emergency page.
    await triage.answerEmergencyYes(saddleNumbness);

    const emergency = new EmergencyPage(page);
    await emergency.heading().waitFor();
    await emergency.whatToSay().waitFor();
    await page.getByText(/stopped your plan/).waitFor();
    await page.getByRole("listitem").filter({ hasText: saddleNumbness }).waitFor();
    expect(await emergency.isAlone()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("keeps the plan blocked wherever the runner goes, even after a reload", async () => {
    const app = new AppPage(page);
    const emergency = new EmergencyPage(page);
    for (const hash of ["#/today", "#/log", "#/progress", "#/causes", "#/session/anything"]) {
      await app.go(hash);
      await emergency.heading().waitFor();
      expect(await emergency.isAlone(), hash).toBe(true);
      expect(await page.getByRole("link", { name: /^Start / }).count(), hash).toBe(0);
    }
    await app.reload();
    await emergency.heading().waitFor();

    // The server agrees: no running, and the only task is to get care.
    const response = await context.request.get("/api/plan/today");
    const plan = (await response.json()) as {
      runningAllowed: boolean;
      tasks: { kind: string }[];
      redFlag: { level: string } | null;
    };
    expect(plan.runningAllowed).toBe(false);
    expect(plan.redFlag?.level).toBe("emergency");
    expect(plan.tasks.map((task) => task.kind)).toEqual(["seek-care"]);
  });
});

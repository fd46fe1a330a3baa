import { backstrideEventSchema, complianceDays, defaultProtocol } from "@backstride/domain";
import type { APIRequestContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppPage } from "./page-models/app-page.ts";
import { CoachPage } from "./page-models/coach-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { formatViolations, seriousViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { addDays, dayWords, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const password = "a calm run every other day";
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/**
 * Nothing still loading, fonts in place; then axe (serious and critical must be none) and a screenshot.
 * The viewport is made as tall as the page first, so the fixed bars sit where a person sees them
 * rather than painted mid-page by a full-page shot; then it goes back.
 */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Loading…" }).waitFor({ state: "detached" });
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  const violations = await seriousViolations(page);
  expect(formatViolations(name, violations)).toBe("");
  const viewport = page.viewportSize() ?? desktop;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await screenshot(page, name);
  await page.setViewportSize(viewport);
}

async function csrfOf(request: APIRequestContext): Promise<string> {
  const session = await request.get("/api/auth/session");
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

describe("a coach's morning: the roster, filters, a group message and the compliance calendar", () => {
  let world: E2eWorld;
  let coachPage: Page;
  const runners = new Map<string, { api: RunnerApi; request: APIRequestContext }>();
  const today = todayUtc();
  const painDay = addDays(today, -2);

  beforeAll(async () => {
    world = await startWorld();
    const coachSide = await world.newRunner("desktop");
    coachPage = coachSide.page;
    const coachRequest = coachSide.context.request;
    expect(
      (
        await coachRequest.post("/api/auth/sign-up", {
          data: { name: "Cora Coach", email: "cora@example.com", password, roles: ["coach"] },
        })
      ).status(),
    ).toBe(202);
    expect(
      (await coachRequest.post("/api/auth/sign-in", { data: { email: "cora@example.com", password } })).status(),
    ).toBe(200);
    const verifyLink = await world.server.mailedLink("cora@example.com", "verify");
    await coachRequest.post("/api/auth/verify-email", {
      data: { token: verifyLink.slice(verifyLink.lastIndexOf("/") + 1) },
    });

    const logs: Record<string, Record<string, unknown>[]> = {
      "Ada Calm": [
        ...events.onboard(addDays(today, -12)),
        events.walkRun(addDays(today, -4), 1),
        events.walkRun(addDays(today, -1), 1),
        { ...events.base(today, 8), type: "pain.checkin", pain0to10: 1 },
      ],
      "Bea Sore": [...events.onboard(addDays(today, -12)), events.walkRun(painDay, 5)],
      "Cy Flag": [...events.onboard(addDays(today, -5), { "saddle-numbness": true })],
    };
    for (const [name, log] of Object.entries(logs)) {
      const side = await world.newRunner("mobile");
      const api = RunnerApi.of(side.context);
      await api.signUp(name, `${name.split(" ")[0]?.toLowerCase()}@example.com`);
      await api.postEvents(log);
      const invite = await coachRequest.post("/api/invites", {
        headers: { "x-csrf-token": await csrfOf(coachRequest) },
      });
      const { code } = (await invite.json()) as { code: string };
      const accepted = await side.context.request.post(`/api/invites/${code}/accept`, {
        headers: { "x-csrf-token": await csrfOf(side.context.request) },
      });
      expect(accepted.status()).toBe(200);
      runners.set(name, { api, request: side.context.request });
    }
  });

  afterAll(async () => {
    await world?.stop();
  });

  it("lands on the roster, sorted by who needs a look first, with the reasons", async () => {
    const app = new AppPage(coachPage);
    await app.open("#/");
    const coach = new CoachPage(coachPage);
    await coach.waitForRoster();
    expect(coachPage.url()).toContain("#/coach");
    await coach.runnerLink("Ada Calm").waitFor();
    expect(await coach.runnerNames()).toEqual(["Cy Flag", "Bea Sore", "Ada Calm"]);
    // On a desktop the roster is a table (the phones' list is hidden).
    const roster = coach.roster().getByRole("table");
    await roster.getByText(/^Red flag \(emergency\)/).waitFor();
    await roster
      .getByText(`Pain 5/10 on ${dayWords(painDay)} ${painDay.slice(0, 4)}, at or above the 3/10 stop`)
      .waitFor();
    await roster.getByRole("columnheader", { name: "Why here" }).waitFor();
    await checkScreen(coachPage, "coach-roster-1280");
  });

  it("filters, searches and sorts over every runner", async () => {
    const coach = new CoachPage(coachPage);
    await coach.filter("Pain at the stop");
    await expect.poll(() => coach.runnerNames()).toEqual(["Bea Sore"]);
    await coach.filter("Red flag");
    await expect.poll(() => coach.runnerNames()).toEqual(["Cy Flag"]);
    await coach.filter("Everyone");
    await expect.poll(() => coach.runnerNames()).toEqual(["Cy Flag", "Bea Sore", "Ada Calm"]);

    await coachPage.getByLabel("Search by name").fill("ada");
    await expect.poll(() => coach.runnerNames()).toEqual(["Ada Calm"]);
    await coachPage.getByLabel("Search by name").fill("");
    await expect.poll(() => coach.runnerNames()).toHaveLength(3);

    await coachPage.getByLabel("Sort by").selectOption({ label: "Name" });
    await expect.poll(() => coach.runnerNames()).toEqual(["Ada Calm", "Bea Sore", "Cy Flag"]);
    await coachPage.getByLabel("Sort by").selectOption({ label: "Needs a look first" });
    await expect.poll(() => coach.runnerNames()).toEqual(["Cy Flag", "Bea Sore", "Ada Calm"]);
  });

  it("makes a group, shows only its runners, and a message to the group reaches each of them", async () => {
    const coach = new CoachPage(coachPage);
    const groups = coachPage.getByRole("region", { name: "Groups" });
    await groups.getByRole("button", { name: "New group" }).click();
    await groups.getByLabel("Group name").fill("Tuesday group");
    await groups.getByLabel("Ada Calm").check();
    await groups.getByLabel("Bea Sore").check();
    await groups.getByRole("button", { name: "Save group" }).click();
    await groups.getByText("Tuesday group saved.").waitFor();

    await coachPage.getByLabel("Group", { exact: true }).selectOption({ label: "Tuesday group" });
    await expect.poll(() => coach.runnerNames()).toEqual(["Bea Sore", "Ada Calm"]);
    // Each member carries the group's tag in the table.
    await expect.poll(() => coach.roster().getByRole("table").getByText("Tuesday group").count()).toBe(2);

    await groups.getByLabel("Message to Tuesday group").fill("Easy week, everyone: two short walk/runs.");
    await groups.getByRole("button", { name: "Send to the group" }).click();
    await groups.getByRole("status").filter({ hasText: "Sent to 2 runners." }).waitFor();
    for (const [name, { request }] of runners) {
      const inbox = await request.get("/api/messages");
      const bodies = ((await inbox.json()) as { messages: { body: string }[] }).messages.map((m) => m.body);
      expect(bodies, name).toEqual(name === "Cy Flag" ? [] : ["Easy week, everyone: two short walk/runs."]);
    }

    await coachPage.getByLabel("Group", { exact: true }).selectOption({ label: "All groups" });
    await expect.poll(() => coach.runnerNames()).toHaveLength(3);
    await coachPage.setViewportSize(phone);
    await coach.runnerLink("Ada Calm").waitFor();
    await checkScreen(coachPage, "coach-roster-390");
  });

  it("the runner's calendar colours each day as the log says, and a day opens what happened", async () => {
    await coachPage.setViewportSize(desktop);
    const coach = new CoachPage(coachPage);
    await coach.runnerLink("Bea Sore").click();
    const app = new AppPage(coachPage);
    await app.heading("Bea Sore").waitFor();
    const calendar = coachPage.getByRole("region", { name: "Compliance calendar" });
    await calendar.waitFor();

    // The log's own judgement, day by day, against what each cell of this month shows.
    const stored = (await runners.get("Bea Sore")?.api.events()) ?? [];
    const log = stored.map((event) => backstrideEventSchema.parse(event));
    const monthStart = `${today.slice(0, 7)}-01`;
    const expected = complianceDays({ events: log, protocol: defaultProtocol, from: monthStart, to: today, today });
    for (const day of expected) {
      const cell = calendar.getByRole("button", {
        name: new RegExp(`^${dayWords(day.date)} ${day.date.slice(0, 4)}:`),
      });
      expect(await cell.getAttribute("data-status"), day.date).toBe(day.status);
    }
    const painCell = calendar.getByRole("button", { name: `${dayWords(painDay)} ${painDay.slice(0, 4)}: Pain stop` });
    if (painDay.slice(0, 7) === today.slice(0, 7)) {
      const colour = (status: string) =>
        calendar
          .locator(`[data-status="${status}"]`)
          .first()
          .evaluate((node) => getComputedStyle(node).backgroundColor);
      const painColour = await colour("pain-stop");
      for (const other of new Set(expected.map((day) => day.status))) {
        if (other !== "pain-stop") expect(await colour(other), other).not.toBe(painColour);
      }
      await painCell.click();
      await calendar
        .getByRole("heading", { name: new RegExp(`${painDay.slice(0, 4)}$`), level: 3 })
        .last()
        .waitFor();
      await calendar.getByText("Pain stop", { exact: true }).last().waitFor();
      await calendar.getByText("5/10", { exact: true }).waitFor();
    }
    await checkScreen(coachPage, "coach-runner-calendar-1280");
    await coachPage.setViewportSize(phone);
    await calendar.waitFor();
    await checkScreen(coachPage, "coach-runner-calendar-390");
  });
});

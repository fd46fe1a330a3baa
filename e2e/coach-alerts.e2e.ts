import ICAL from "ical.js";
import type { APIRequestContext, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpInbox } from "../apps/server/test/support/smtp-inbox.ts";
import { AlertsPage } from "./page-models/alerts-page.ts";
import { AppPage } from "./page-models/app-page.ts";
import { SharingPage } from "./page-models/sharing-page.ts";
import { events, RunnerApi } from "./support/api.ts";
import { formatViolations, seriousViolations } from "./support/axe.ts";
import { screenshot } from "./support/browser.ts";
import { addDays, todayUtc } from "./support/dates.ts";
import { type E2eWorld, startWorld } from "./support/e2e-world.ts";

const password = "a calm run every other day";
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** Nothing still loading, fonts in place; then axe (serious and critical must be none) and a screenshot. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await page.getByRole("status").filter({ hasText: "Loading…" }).waitFor({ state: "detached" });
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  const violations = await seriousViolations(page);
  expect(formatViolations(name, violations)).toBe("");
  await screenshot(page, name);
}

/** A signed-in account's API client with its CSRF token (for the coach's and physio's set-up). */
async function csrfOf(request: APIRequestContext): Promise<string> {
  const session = await request.get("/api/auth/session");
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

async function createInvite(request: APIRequestContext): Promise<string> {
  const response = await request.post("/api/invites", { headers: { "x-csrf-token": await csrfOf(request) } });
  if (response.status() !== 201) throw new Error(`invite: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { code: string }).code;
}

async function acceptInvite(request: APIRequestContext, code: string): Promise<void> {
  const response = await request.post(`/api/invites/${encodeURIComponent(code)}/accept`, {
    headers: { "x-csrf-token": await csrfOf(request) },
  });
  if (!response.ok()) throw new Error(`accept: ${response.status()} ${await response.text()}`);
}

describe("coach alerts: a pain stop in the inbox and the digest, two carers, a calendar feed", () => {
  let world: E2eWorld;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let coach: { context: BrowserContext; page: Page };
  let runners: { name: string; email: string; context: BrowserContext; page: Page; api: RunnerApi }[] = [];

  /** The newest mail to `to` whose text matches, waiting for it to arrive. */
  async function mailTo(to: string, text: RegExp, waitMs = 150_000): Promise<{ subject: string; text: string }> {
    for (let waited = 0; waited < waitMs; waited += 250) {
      const mail = inbox.mails.filter((item) => item.to.includes(to) && text.test(item.text)).at(-1);
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`no mail to ${to} matching ${text}: ${JSON.stringify(inbox.mails.map((m) => [m.to, m.subject]))}`);
  }

  const verifyLink = (to: string) =>
    mailTo(to, /#\/verify\//).then(
      (mail) => /http:\/\/127\.0\.0\.1:\d+\/#\/verify\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? "",
    );

  /** Confirms the email from the mailed link (the link's screen has its own spec). */
  async function verify(request: APIRequestContext, email: string): Promise<void> {
    const token = new URL(await verifyLink(email)).hash.split("/").pop() ?? "";
    const response = await request.post("/api/auth/verify-email", { data: { token } });
    if (!response.ok()) throw new Error(`verify: ${response.status()} ${await response.text()}`);
  }

  /** A coach or physio account (coach role only), signed in, its email confirmed so it may invite. */
  async function signUpCarer(request: APIRequestContext, name: string, email: string): Promise<void> {
    const signUp = await request.post("/api/auth/sign-up", { data: { name, email, password, roles: ["coach"] } });
    if (signUp.status() !== 202) throw new Error(`sign-up: ${signUp.status()} ${await signUp.text()}`);
    const signIn = await request.post("/api/auth/sign-in", { data: { email, password } });
    if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
    await verify(request, email);
  }

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    world = await startWorld({ SMTP_URL: inbox.url, MAIL_FROM: "Backstride <mail@run.example.test>" });
    const context = async (viewport: typeof phone) => {
      const made = await world.browser.newContext({
        baseURL: world.server.baseUrl,
        viewport,
        deviceScaleFactor: 1,
        timezoneId: "UTC",
        locale: "en-GB",
        reducedMotion: "reduce",
      });
      made.setDefaultTimeout(20_000);
      return { context: made, page: await made.newPage() };
    };
    coach = await context(desktop);
    const today = todayUtc();
    runners = [];
    for (const [name, email] of [
      ["Ana Runner", "ana@example.com"],
      ["Ben Runner", "ben@example.com"],
      ["Cleo Runner", "cleo@example.com"],
    ] as const) {
      const made = await context(phone);
      const api = RunnerApi.of(made.context);
      await api.signUp(name, email, password);
      await api.postEvents([...events.onboard(addDays(today, -6)), events.walkRun(addDays(today, -4), 1)]);
      runners.push({ name, email, ...made, api });
    }
  });

  afterAll(async () => {
    await world?.stop();
    await inbox?.close();
  });

  it("a coach with three runners sees one runner's pain stop in the inbox, with the bell counting it", async () => {
    // Signed up through the API in the browser's own context: the page is then signed in as the coach.
    await signUpCarer(coach.context.request, "Cora Coach", "cora@example.com");
    const app = new AppPage(coach.page);
    for (const runner of runners) await acceptInvite(runner.context.request, await createInvite(coach.context.request));

    await app.open("#/alerts");
    const alerts = new AlertsPage(coach.page);
    await alerts.waitUntilShown();
    await alerts.inbox().getByText("No alerts.", { exact: false }).waitFor();
    // No digest until the pain stop is in: the day's one digest must be the one that lists it.
    await alerts.setDigest(null);

    const ben = runners[1];
    if (!ben) throw new Error("no runner");
    await ben.api.postEvents([events.walkRun(todayUtc(), 5)]);

    // Alerts are derived beside the upload: open the inbox again until it is there.
    const painStop = alerts.inbox().getByRole("listitem").filter({ hasText: "Pain 5/10: at or above the stop (3/10)" });
    for (let tries = 0; tries < 20 && (await painStop.count()) === 0; tries += 1) await app.reload();
    await painStop.waitFor();
    await painStop.getByText("Ben Runner", { exact: true }).waitFor();
    await coach.page.getByRole("link", { name: /^Alerts, \d+ unread$/ }).waitFor();
    // Digest at 00:00 UTC: the next minute's round mails it, whatever the hour the test runs.
    await alerts.setDigest("00:00");
    await checkScreen(coach.page, "coach-alerts-inbox-1280");
    await coach.page.setViewportSize(phone);
    await checkScreen(coach.page, "coach-alerts-inbox-390");
    await coach.page.setViewportSize(desktop);
  });

  it("the daily digest mail lists the pain stop with a link to the runner", async () => {
    const mail = await mailTo("cora@example.com", /at or above the stop/);
    expect(mail.subject).toMatch(/^Backstride: \d+ new alerts? about your runners$/);
    expect(mail.text).toMatch(
      /Ben Runner\n( {2}- .*\n)* {2}- [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}: Pain 5\/10: at or above the stop \(3\/10\)/,
    );
    expect(mail.text).toMatch(/http:\/\/127\.0\.0\.1:\d+\/#\/coach\/[0-9a-f-]{36}/);
  });

  it("opening the alert shows the runner and counts it as read", async () => {
    const alerts = new AlertsPage(coach.page);
    // The alert opens the runner's page and counts as read.
    const painStop = alerts.inbox().getByRole("listitem").filter({ hasText: "Pain 5/10" });
    await expect(painStop.getAttribute("class")).resolves.toContain("unread");
    await painStop.getByRole("link", { name: "Open Ben Runner" }).click();
    await coach.page.waitForURL(/#\/coach\//);
    await coach.page.getByRole("heading", { level: 1 }).first().waitFor();
    await new AppPage(coach.page).open("#/alerts");
    await painStop.waitFor();
    await expect(painStop.getAttribute("class")).resolves.toBe("alert-item");
  });

  it("a runner adds a physiotherapist as a second carer who may only view, then removes the coach", async () => {
    const physio = await world.browser.newContext({ baseURL: world.server.baseUrl });
    await signUpCarer(physio.request, "Pia Physio", "pia@example.com");
    const code = await createInvite(physio.request);

    const ana = runners[0];
    if (!ana) throw new Error("no runner");
    const app = new AppPage(ana.page);
    await app.open("#/sharing");
    const sharing = new SharingPage(ana.page);
    await sharing.waitUntilShown();
    await sharing.enterCode(code);
    await ana.page.getByText("Pia Physio", { exact: false }).first().waitFor();
    await sharing.giveAccess();
    await sharing.accessList().getByText("Pia Physio", { exact: true }).waitFor();
    await sharing.accessList().getByText("Cora Coach", { exact: true }).waitFor();

    await sharing.accessList().getByLabel("What Pia Physio may do").selectOption({ label: "Can view" });
    await ana.page.getByRole("status").filter({ hasText: "Pia Physio now sees your plan" }).waitFor();
    await expect(sharing.accessList().getByLabel("What Pia Physio may do").inputValue()).resolves.toBe("view");
    await expect(sharing.accessList().getByLabel("What Cora Coach may do").inputValue()).resolves.toBe("adjust");
    await checkScreen(ana.page, "sharing-two-carers-390");
    await ana.page.setViewportSize(desktop);
    await checkScreen(ana.page, "sharing-two-carers-1280");
    await ana.page.setViewportSize(phone);

    await sharing.removeAccess("Cora Coach");
    await ana.page.getByRole("status").filter({ hasText: "Cora Coach no longer has access" }).waitFor();
    // The list reloads after the status shows: wait for the coach to leave it rather than count at once.
    await sharing.accessList().getByText("Cora Coach", { exact: true }).waitFor({ state: "detached" });
    await sharing.accessList().getByText("Pia Physio", { exact: true }).waitFor();
    await sharing.auditList().getByText("What they may do: view only", { exact: false }).waitFor();
    await physio.close();
  });

  it("the runner's calendar feed is valid iCalendar an independent parser reads, and 404 once turned off", async () => {
    const cleo = runners[2];
    if (!cleo) throw new Error("no runner");
    const app = new AppPage(cleo.page);
    await app.open("#/settings");
    const feedCard = cleo.page.getByRole("region", { name: "Calendar feed" });
    await feedCard.getByRole("button", { name: "Make my calendar address" }).click();
    const address = await feedCard.getByLabel("Your calendar address (keep it private)").inputValue();
    expect(address).toMatch(/\/api\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await fetch(address);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/);
    const vevents = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent));
    expect(new Set(vevents.map((event) => event.startDate.toString())).size).toBe(28);
    expect(vevents.some((event) => /walk\/run/i.test(event.summary))).toBe(true);

    await cleo.page.getByRole("form", { name: "Reminders" }).getByLabel("Today's session").check();
    await cleo.page.getByRole("form", { name: "Reminders" }).getByRole("button", { name: "Save reminders" }).click();
    await cleo.page.getByRole("status").filter({ hasText: "Reminders saved." }).waitFor();
    await checkScreen(cleo.page, "settings-reminders-feed-390");
    await cleo.page.setViewportSize(desktop);
    await checkScreen(cleo.page, "settings-reminders-feed-1280");

    await feedCard.getByRole("button", { name: "Turn off the feed" }).click();
    await feedCard.getByRole("status").filter({ hasText: "Calendar feed turned off" }).waitFor();
    expect((await fetch(address)).status).toBe(404);
  });
});

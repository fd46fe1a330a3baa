import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { type RouteDefinition, type RouteId, routeList } from "@backstride/api-contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplesDir } from "../../../packages/importers/test/fixtures/samples-dir.ts";
import { issueEmailLink } from "../src/services/email-links.ts";
import { multipartBody } from "./support/multipart.ts";
import { type Agent, call, quickUser, testPassword } from "./support/test-client.ts";
import { testEvents } from "./support/test-events.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

/**
 * Every route of the contract × every kind of caller. The expected status comes from the route's
 * declared auth and path, not from the handler, so a route added to the table is covered (and fails
 * here until it has a sample request). Each cell runs in a fresh world, so a destructive request
 * (delete account, revoke) cannot leak into the next cell.
 */
/** viewOnlyCarer: a live consent with the "view" role (reads, messages; never adjusts). */
const actors = ["owner", "consentingCoach", "viewOnlyCarer", "revokedCoach", "otherRunner", "anonymous"] as const;
type Actor = (typeof actors)[number];

interface World {
  owner: Agent;
  consentingCoach: Agent;
  viewOnlyCarer: Agent;
  /** The owner's live calendar feed file name ("<secret>.ics"). */
  feedFile: string;
  revokedCoach: Agent;
  otherRunner: Agent;
  shoeId: string;
  jobId: string;
  inviteCode: string;
  /** Groups of the consenting coach: one to message, one to delete. */
  groupId: string;
  deletableGroupId: string;
  /** Live mailed tokens of the owner (the raw token, as in the link). */
  resetToken: string;
  verifyToken: string;
}

const rolesOf: Record<Exclude<Actor, "anonymous">, ("runner" | "coach")[]> = {
  owner: ["runner"],
  consentingCoach: ["coach"],
  viewOnlyCarer: ["coach"],
  revokedCoach: ["coach"],
  otherRunner: ["runner"],
};

const fenix5 = new Uint8Array(readFileSync(path.join(samplesDir, "fit/fenix5-run-dynamics-57s.fit")));

const profile = {
  displayName: "Matrix",
  distanceUnit: "km",
  weightUnit: "kg",
  timeZone: "Europe/Paris",
  goal: "",
  theme: "system",
  keepGpsTracks: false,
};

interface SampleRequest {
  url: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

/** One valid request per route, aimed at the owner's data where the route names a resource. */
const samples: Record<RouteId, (world: World) => SampleRequest> = {
  health: () => ({ url: "/api/health" }),
  openApi: () => ({ url: "/api/openapi.json" }),
  docs: () => ({ url: "/api/docs" }),
  signUp: () => ({
    url: "/api/auth/sign-up",
    payload: { email: `${randomUUID()}@example.test`, password: testPassword, name: "New" },
  }),
  signIn: (world) => ({ url: "/api/auth/sign-in", payload: { email: world.owner.email, password: testPassword } }),
  signOut: () => ({ url: "/api/auth/sign-out" }),
  session: () => ({ url: "/api/auth/session" }),
  changePassword: () => ({
    url: "/api/auth/change-password",
    payload: { currentPassword: testPassword, newPassword: "another long passphrase" },
  }),
  forgotPassword: (world) => ({ url: "/api/auth/forgot-password", payload: { email: world.owner.email } }),
  resetPassword: (world) => ({
    url: "/api/auth/reset-password",
    payload: { token: world.resetToken, newPassword: "another long passphrase" },
  }),
  verifyEmail: (world) => ({ url: "/api/auth/verify-email", payload: { token: world.verifyToken } }),
  resendVerification: () => ({ url: "/api/auth/verify-email/resend" }),
  deleteAccount: () => ({ url: "/api/account", payload: { password: testPassword } }),
  getProfile: () => ({ url: "/api/profile" }),
  putProfile: () => ({ url: "/api/profile", payload: profile }),
  postEvents: () => ({ url: "/api/events", payload: { events: [testEvents.pain("2026-03-09", 2)] } }),
  getEvents: () => ({ url: "/api/events" }),
  planToday: () => ({ url: "/api/plan/today" }),
  listRuns: () => ({ url: "/api/runs" }),
  listShoes: () => ({ url: "/api/shoes" }),
  createShoe: () => ({ url: "/api/shoes", payload: { name: "New shoe" } }),
  updateShoe: (world) => ({ url: `/api/shoes/${world.shoeId}`, payload: { name: "Renamed" } }),
  retireShoe: (world) => ({ url: `/api/shoes/${world.shoeId}` }),
  createImport: () => {
    const { payload, headers } = multipartBody([{ name: "run.fit", bytes: fenix5 }]);
    return { url: "/api/imports", payload, headers };
  },
  getImportJob: (world) => ({ url: `/api/imports/${world.jobId}` }),
  exportJson: () => ({ url: "/api/export.json" }),
  exportRunsCsv: () => ({ url: "/api/export/runs.csv" }),
  exportPainCsv: () => ({ url: "/api/export/pain.csv" }),
  importExport: () => ({
    url: "/api/import-export",
    payload: {
      format: "backstride-export",
      version: 1,
      exportedAt: "2026-03-10T09:00:00.000Z",
      profile,
      shoes: [],
      events: [testEvents.pain("2026-03-08", 1)],
    },
  }),
  reportPdf: () => ({ url: "/api/report.pdf?from=2026-03-01&to=2026-03-31&paper=letter" }),
  createInvite: () => ({ url: "/api/invites" }),
  getInvite: (world) => ({ url: `/api/invites/${world.inviteCode}` }),
  acceptInvite: (world) => ({ url: `/api/invites/${world.inviteCode}/accept` }),
  listAccess: () => ({ url: "/api/access" }),
  revokeAccess: (world) => ({ url: `/api/access/${world.consentingCoach.userId}` }),
  listAudit: () => ({ url: "/api/audit" }),
  listAthletes: () => ({ url: "/api/athletes" }),
  athletePlan: (world) => ({ url: `/api/athletes/${world.owner.userId}/plan` }),
  athleteEvents: (world) => ({ url: `/api/athletes/${world.owner.userId}/events` }),
  athleteAdjustment: (world) => ({
    url: `/api/athletes/${world.owner.userId}/adjustments`,
    payload: {
      id: randomUUID(),
      occurredAt: "2026-03-10T09:00:00Z",
      localDate: "2026-03-10",
      adjustment: { kind: "note", text: "Easy week" },
    },
  }),
  athleteReportPdf: (world) => ({
    url: `/api/athletes/${world.owner.userId}/report.pdf?from=2026-03-01&to=2026-03-31`,
  }),
  athleteMessages: (world) => ({ url: `/api/athletes/${world.owner.userId}/messages` }),
  sendAthleteMessage: (world) => ({
    url: `/api/athletes/${world.owner.userId}/messages`,
    payload: { id: randomUUID(), body: "Hello" },
  }),
  listGroups: () => ({ url: "/api/athlete-groups" }),
  saveGroup: () => ({ url: `/api/athlete-groups/${randomUUID()}`, payload: { name: "Mornings", runnerIds: [] } }),
  deleteGroup: (world) => ({ url: `/api/athlete-groups/${world.deletableGroupId}` }),
  sendGroupMessage: (world) => ({
    url: `/api/athlete-groups/${world.groupId}/messages`,
    payload: { id: randomUUID(), body: "Hello all" },
  }),
  listAlerts: () => ({ url: "/api/alerts" }),
  unreadAlerts: () => ({ url: "/api/alerts/unread" }),
  markAlertsRead: () => ({ url: "/api/alerts/read", payload: { all: true } }),
  getAlertSettings: () => ({ url: "/api/alert-settings" }),
  putAlertSettings: () => ({
    url: "/api/alert-settings",
    payload: {
      rules: {
        "red-flag": true,
        "pain-stop": true,
        "morning-worse": true,
        "no-improvement": false,
        "missed-sessions": true,
        "no-check-in": true,
        message: true,
        "measures-due": false,
      },
      digestEnabled: true,
      digestHour: 8,
    },
  }),
  getReminders: () => ({ url: "/api/reminders" }),
  putReminders: () => ({ url: "/api/reminders", payload: { sessionTime: "07:30", morningTime: null } }),
  getCalendarFeed: () => ({ url: "/api/calendar-feed" }),
  createCalendarFeed: () => ({ url: "/api/calendar-feed" }),
  revokeCalendarFeed: () => ({ url: "/api/calendar-feed" }),
  calendarFeed: (world) => ({ url: `/api/feeds/${world.feedFile}` }),
  listCarers: () => ({ url: "/api/carers" }),
  setCarerRole: (world) => ({ url: `/api/carers/${world.consentingCoach.userId}`, payload: { role: "view" } }),
  runnerMessages: () => ({ url: "/api/messages" }),
  sendRunnerMessage: (world) => ({
    url: "/api/messages",
    payload: { id: randomUUID(), coachId: world.consentingCoach.userId, body: "Hi coach" },
  }),
};

/**
 * Cells where the caller passes the role check but the row is not theirs: the request names the
 * owner's consenting coach, with whom the other runner has no relationship.
 */
const rowOverrides: Partial<Record<RouteId, Partial<Record<Actor, number>>>> = {
  revokeAccess: { otherRunner: 404 },
  setCarerRole: { otherRunner: 404 },
  sendRunnerMessage: { otherRunner: 403 },
  // Another coach's group: as unknown as one that does not exist.
  deleteGroup: { revokedCoach: 404, viewOnlyCarer: 404 },
  sendGroupMessage: { revokedCoach: 404, viewOnlyCarer: 404 },
};

/** Path parameters naming a row the owner holds: anyone else must not learn it exists. */
const ownedRowParam = /:(shoeId|jobId)\b/;

function expectedStatus(route: RouteDefinition, actor: Actor): number {
  if (route.auth === "public") return route.successStatus;
  if (actor === "anonymous") return 401;
  const roles = rolesOf[actor];
  if (route.auth === "runner" && !roles.includes("runner")) return 403;
  if (route.auth === "coach" && !roles.includes("coach")) return 403;
  if (route.path.includes(":runnerId")) {
    if (actor === "viewOnlyCarer") return route.consent === "adjust" ? 403 : route.successStatus;
    return actor === "consentingCoach" ? route.successStatus : 403;
  }
  const override = rowOverrides[route.id as RouteId]?.[actor];
  if (override !== undefined) return override;
  if (ownedRowParam.test(route.path) && actor !== "owner") return 404;
  return route.successStatus;
}

async function buildWorld(server: TestServer): Promise<World> {
  const owner = await quickUser(server, rolesOf.owner, "Owner");
  const consentingCoach = await quickUser(server, rolesOf.consentingCoach, "Consenting Coach");
  const revokedCoach = await quickUser(server, rolesOf.revokedCoach, "Revoked Coach");
  const viewOnlyCarer = await quickUser(server, rolesOf.viewOnlyCarer, "View-only Physio");
  const otherRunner = await quickUser(server, rolesOf.otherRunner, "Other Runner");
  const now = server.clock.now().toISOString();
  const coaching = server.services.repositories.coaching;
  await coaching.grant(owner.userId, consentingCoach.userId, now);
  await coaching.grant(owner.userId, viewOnlyCarer.userId, now);
  await server.services.repositories.carers.setRole(owner.userId, viewOnlyCarer.userId, "view");
  const feed = await server.services.calendarFeeds.create(owner.userId);
  await coaching.grant(owner.userId, revokedCoach.userId, now);
  await coaching.revoke(owner.userId, revokedCoach.userId, now);
  const shoe = await server.services.shoes.create(owner.userId, { name: "Owner's shoe" });
  const jobId = randomUUID();
  await server.services.repositories.imports.insertJob(
    {
      id: jobId,
      userId: owner.userId,
      fileName: "done.zip",
      status: "done",
      totalFiles: 0,
      processedFiles: 0,
      results: [],
      createdAt: now,
      finishedAt: now,
    },
    new Uint8Array(),
  );
  const { code } = await server.services.coaching.createInvite({
    id: consentingCoach.userId,
    name: "Consenting Coach",
    roles: ["coach"],
  });
  const tokenOf = async (purpose: "password-reset" | "verify-email") => {
    const { config, repositories } = server.services;
    const link = await issueEmailLink(repositories.emailTokens, server.clock, config.publicUrl, owner.userId, purpose);
    return link.slice(link.lastIndexOf("/") + 1);
  };
  const coachCaller = { id: consentingCoach.userId, name: "Consenting Coach" };
  const groupId = randomUUID();
  const deletableGroupId = randomUUID();
  const athletes = new Set([owner.userId]);
  await server.services.roster.saveGroup(
    coachCaller,
    { id: groupId, name: "All", runnerIds: [owner.userId] },
    athletes,
  );
  await server.services.roster.saveGroup(coachCaller, { id: deletableGroupId, name: "Old", runnerIds: [] }, athletes);
  return {
    owner,
    consentingCoach,
    viewOnlyCarer,
    feedFile: feed.url?.split("/").pop() ?? "",
    revokedCoach,
    otherRunner,
    groupId,
    deletableGroupId,
    shoeId: shoe.id,
    jobId,
    inviteCode: code,
    resetToken: await tokenOf("password-reset"),
    verifyToken: await tokenOf("verify-email"),
  };
}

describe("the authorization matrix covers the whole route table", () => {
  it("has a sample request for every route", () => {
    const missing = routeList.map((route) => route.id).filter((id) => !(id in samples));
    expect(missing).toEqual([]);
  });
});

describe.each(databaseKinds)("authorization matrix on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind, { startJobs: false });
  });
  afterAll(async () => server.close());

  const cells = (routeList as readonly RouteDefinition[]).flatMap((route) =>
    actors.map((actor) => ({ route, actor, expected: expectedStatus(route, actor) })),
  );

  it.each(cells)("$route.method $route.path as $actor → $expected", async ({ route, actor, expected }) => {
    const world = await buildWorld(server);
    const sample = samples[route.id as RouteId](world);
    const agent = actor === "anonymous" ? null : world[actor];
    const response = await call(server, agent, {
      method: route.method,
      url: sample.url,
      ...(sample.payload !== undefined ? { payload: sample.payload } : {}),
      ...(sample.headers ? { headers: sample.headers } : {}),
    });
    expect(
      { status: response.statusCode, body: response.statusCode === expected ? "" : response.body.slice(0, 300) },
      `${route.id} as ${actor}`,
    ).toEqual({ status: expected, body: "" });
    if (expected >= 400) expect(response.json().error.code).toEqual(expect.any(String));
  });
});

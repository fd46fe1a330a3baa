import type { Role } from "@backstride/api-contract";
import { ApiError, forbidden, notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { sha256Hex } from "./crypto-tools.ts";
import type { EventsService } from "./events-service.ts";
import { canonicalInviteCode, newInviteCode } from "./invite-code.ts";
import type { RateLimiter, RateLimitRule } from "./rate-limiter.ts";
import type { RosterService } from "./roster-service.ts";

interface Caller {
  id: string;
  name: string;
  roles: Role[];
}

const inviteLifetimeDays = 7;

/** Codes a coach may create, and invite lookups (preview or accept) a runner may make: guessing stays out of reach. */
export const inviteLimits: { createPerCoach: RateLimitRule; lookupsPerRunner: RateLimitRule } = {
  createPerCoach: { attempts: 30, windowSeconds: 3600 },
  lookupsPerRunner: { attempts: 20, windowSeconds: 15 * 60 },
};

const inviteGone = () => notFound("invite (it may have expired or been used)");

/** The stored hash of a typed code; a text that cannot be a code is as unknown as an expired one. */
function inviteHash(code: string): string {
  const canonical = canonicalInviteCode(code);
  if (!canonical) throw inviteGone();
  return sha256Hex(canonical);
}

function presentMessage(row: {
  id: string;
  runner_id: string;
  coach_id: string;
  author_id: string;
  body: string;
  sent_at: string;
  author_name: string;
}) {
  return {
    id: row.id,
    runnerId: row.runner_id,
    coachId: row.coach_id,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    sentAt: row.sent_at,
  };
}

export class CoachingService {
  constructor(
    private readonly repositories: Repositories,
    private readonly events: EventsService,
    private readonly roster: RosterService,
    private readonly clock: Clock,
    private readonly rateLimiter: RateLimiter,
  ) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  /** The code is shown once; only its hash is stored. */
  async createInvite(coach: Caller): Promise<{ code: string; expiresAt: string }> {
    await this.rateLimiter.hit(`invite-create:${coach.id}`, inviteLimits.createPerCoach);
    const code = newInviteCode();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + inviteLifetimeDays * 24 * 3600 * 1000).toISOString();
    await this.repositories.coaching.insertInvite({
      codeHash: inviteHash(code),
      coachId: coach.id,
      createdAt: now.toISOString(),
      expiresAt,
    });
    return { code, expiresAt };
  }

  async previewInvite(runner: Caller, code: string) {
    await this.rateLimiter.hit(`invite-lookup:${runner.id}`, inviteLimits.lookupsPerRunner);
    const invite = await this.repositories.coaching.findOpenInvite(inviteHash(code), this.now());
    if (!invite) throw inviteGone();
    return { coach: { id: invite.coachId, name: invite.coachName }, expiresAt: invite.expiresAt };
  }

  /** Idempotent for the runner who accepted: a retry after a lost answer gets the same answer. */
  async acceptInvite(runner: Caller, code: string) {
    await this.rateLimiter.hit(`invite-lookup:${runner.id}`, inviteLimits.lookupsPerRunner);
    const codeHash = inviteHash(code);
    const now = this.now();
    const invite = await this.repositories.coaching.findOpenInvite(codeHash, now);
    if (!invite) {
      const used = await this.repositories.coaching.findUsedInvite(codeHash);
      if (used?.acceptedBy === runner.id && (await this.repositories.coaching.activeAccess(runner.id, used.coachId))) {
        return { coach: { id: used.coachId, name: used.coachName }, since: used.acceptedAt };
      }
      throw inviteGone();
    }
    if (invite.coachId === runner.id) throw new ApiError(422, "unprocessable", "you cannot accept your own invite");
    if (!(await this.repositories.coaching.useInvite(codeHash, runner.id, now))) {
      throw inviteGone();
    }
    await this.repositories.coaching.grant(runner.id, invite.coachId, now);
    // The runner's line is written now, once, rather than by the coach's first roster view: a year of
    // history costs a few hundred milliseconds to judge, and a roster of new runners would pay it all at once.
    await this.roster.refresh(runner.id);
    return { coach: { id: invite.coachId, name: invite.coachName }, since: now };
  }

  async listAccess(runnerId: string) {
    const rows = await this.repositories.coaching.coachesOf(runnerId);
    return {
      coaches: rows.map((row) => ({ coachId: row.id, name: row.name, email: row.email, since: row.granted_at })),
    };
  }

  async revoke(runnerId: string, coachId: string): Promise<void> {
    if (!(await this.repositories.coaching.revoke(runnerId, coachId, this.now()))) throw notFound("coach access");
  }

  /** Reads of this runner's data, newest first: single reads and the roster views that showed them. */
  async auditLog(runnerId: string) {
    const [rows, views] = await Promise.all([
      this.repositories.coaching.auditOf(runnerId, 1000),
      this.roster.rosterViewsOf(runnerId, 1000),
    ]);
    const entries = [
      ...rows.map((row) => ({
        coachId: row.coach_id ?? "",
        coachName: row.coach_name,
        action: row.action,
        at: row.at,
      })),
      ...views.map((view) => ({
        coachId: view.coach_id ?? "",
        coachName: view.coach_name,
        action: "roster",
        at: view.at,
      })),
    ].sort((a, b) => b.at.localeCompare(a.at));
    return { entries: entries.slice(0, 1000) };
  }

  /** 403 without live consent, the same whether the runner exists or not (no account probing). */
  async requireAccess(coach: Caller, runnerId: string): Promise<void> {
    const access = await this.repositories.coaching.activeAccess(runnerId, coach.id);
    if (!access) throw forbidden("this runner has not given you access");
  }

  async audit(coach: Caller, runnerId: string, action: string): Promise<void> {
    await this.repositories.coaching.insertAudit({
      runnerId,
      coachId: coach.id,
      coachName: coach.name,
      action,
      at: this.now(),
    });
  }

  async adjust(
    coach: Caller,
    runnerId: string,
    body: { id: string; occurredAt: string; localDate: string; adjustment: unknown },
  ) {
    const event = { ...body, version: 1, type: "coach.adjustment", authorId: coach.id };
    const [result] = await this.events.ingest(runnerId, [event], { kind: "coach", coachId: coach.id });
    if (!result || result.status === "invalid") {
      throw new ApiError(400, "validation", result?.message ?? "invalid adjustment", result?.field);
    }
    if (result.status === "conflict")
      throw new ApiError(409, "conflict", "an event with this id and another body exists", "id");
    return { id: body.id, status: result.status as "created" | "duplicate" };
  }

  /** Reading the thread marks the runner's messages read for the roster's unread count. */
  async messagesForCoach(coach: Caller, runnerId: string) {
    const rows = await this.repositories.coaching.messages({ runnerId, coachId: coach.id });
    await this.roster.markRead(coach, runnerId);
    return { messages: rows.map(presentMessage) };
  }

  /**
   * One message to every member of a group who still gives this coach access (a member who revoked
   * is skipped, never messaged). Idempotent by the client's id: each member's copy has an id derived
   * from it, so a retry stores nothing twice.
   */
  async sendToGroup(coach: Caller, groupId: string, message: { id: string; body: string }) {
    const members = await this.roster.groupMembers(coach, groupId);
    const sent: string[] = [];
    for (const runnerId of members) {
      if (!(await this.repositories.coaching.activeAccess(runnerId, coach.id))) continue;
      await this.send({
        id: this.roster.memberMessageId(message.id, runnerId),
        runnerId,
        coachId: coach.id,
        authorId: coach.id,
        body: message.body,
      });
      sent.push(runnerId);
    }
    return { sentTo: sent };
  }

  /** The runners who give this coach access now (group members must be among them). */
  async athleteIds(coach: Caller): Promise<Set<string>> {
    return new Set((await this.repositories.coaching.athletesOf(coach.id)).map((row) => row.id));
  }

  async messagesForRunner(runner: Caller) {
    const rows = await this.repositories.coaching.messages({ runnerId: runner.id });
    return { messages: rows.map(presentMessage) };
  }

  /** Idempotent by the client's id: a retry returns the stored message; a reused id with other content is 409. */
  async send(message: { id: string; runnerId: string; coachId: string; authorId: string; body: string }) {
    const inserted = await this.repositories.coaching.insertMessage({ ...message, sentAt: this.now() });
    const stored = await this.repositories.coaching.findMessage(message.id);
    if (
      !stored ||
      (!inserted &&
        (stored.runner_id !== message.runnerId ||
          stored.coach_id !== message.coachId ||
          stored.author_id !== message.authorId ||
          stored.body !== message.body))
    ) {
      throw new ApiError(409, "conflict", "a message with this id and other content exists", "id");
    }
    return presentMessage(stored);
  }

  async sendFromRunner(runner: Caller, coachId: string, id: string, body: string) {
    const access = await this.repositories.coaching.activeAccess(runner.id, coachId);
    if (!access) throw forbidden("this coach does not have access to your data");
    return this.send({ id, runnerId: runner.id, coachId, authorId: runner.id, body });
  }
}

import type { Role } from "@backstride/api-contract";
import { defaultProtocol } from "@backstride/domain";
import { ApiError, forbidden, notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import { attentionFor } from "./attention.ts";
import type { Clock } from "./clock.ts";
import { randomToken, sha256Hex } from "./crypto-tools.ts";
import type { EventsService } from "./events-service.ts";
import type { PlanService } from "./plan-service.ts";

interface Caller {
  id: string;
  name: string;
  roles: Role[];
}

const inviteLifetimeDays = 14;

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
    private readonly plan: PlanService,
    private readonly clock: Clock,
  ) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  /** The code is shown once; only its hash is stored. */
  async createInvite(coach: Caller): Promise<{ code: string; expiresAt: string }> {
    const code = randomToken(24);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + inviteLifetimeDays * 24 * 3600 * 1000).toISOString();
    await this.repositories.coaching.insertInvite({
      codeHash: sha256Hex(code),
      coachId: coach.id,
      createdAt: now.toISOString(),
      expiresAt,
    });
    return { code, expiresAt };
  }

  async previewInvite(code: string) {
    const invite = await this.repositories.coaching.findOpenInvite(sha256Hex(code), this.now());
    if (!invite) throw notFound("invite (it may have expired or been used)");
    return { coach: { id: invite.coachId, name: invite.coachName }, expiresAt: invite.expiresAt };
  }

  /** Idempotent for the runner who accepted: a retry after a lost answer gets the same answer. */
  async acceptInvite(runner: Caller, code: string) {
    const codeHash = sha256Hex(code);
    const now = this.now();
    const invite = await this.repositories.coaching.findOpenInvite(codeHash, now);
    if (!invite) {
      const used = await this.repositories.coaching.findUsedInvite(codeHash);
      if (used?.acceptedBy === runner.id && (await this.repositories.coaching.activeAccess(runner.id, used.coachId))) {
        return { coach: { id: used.coachId, name: used.coachName }, since: used.acceptedAt };
      }
      throw notFound("invite (it may have expired or been used)");
    }
    if (invite.coachId === runner.id) throw new ApiError(422, "unprocessable", "you cannot accept your own invite");
    if (!(await this.repositories.coaching.useInvite(codeHash, runner.id, now))) {
      throw notFound("invite (it may have expired or been used)");
    }
    await this.repositories.coaching.grant(runner.id, invite.coachId, now);
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

  async auditLog(runnerId: string) {
    const rows = await this.repositories.coaching.auditOf(runnerId, 1000);
    return {
      entries: rows.map((row) => ({
        coachId: row.coach_id ?? "",
        coachName: row.coach_name,
        action: row.action,
        at: row.at,
      })),
    };
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

  /** The roster, most in need of attention first; reading it is a read of each athlete (audited). */
  async athletes(coach: Caller) {
    const rows = await this.repositories.coaching.athletesOf(coach.id);
    const athletes = [];
    for (const row of rows) {
      const [events, plan] = await Promise.all([this.events.all(row.id), this.plan.today(row.id)]);
      const attention = attentionFor({
        events,
        plan,
        today: plan.today,
        stopThreshold0to10: defaultProtocol.pain.stopThreshold0to10,
        maxWeeklyIncreaseShare: defaultProtocol.load.maxWeeklyIncreaseShare,
      });
      await this.audit(coach, row.id, "roster");
      athletes.push({
        runnerId: row.id,
        name: row.name,
        since: row.granted_at,
        attention,
        phase: plan.phase,
        week: plan.week,
        runningAllowed: plan.runningAllowed,
      });
    }
    athletes.sort((a, b) => b.attention.score - a.attention.score || a.name.localeCompare(b.name));
    return { athletes };
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

  async messagesForCoach(coach: Caller, runnerId: string) {
    const rows = await this.repositories.coaching.messages({ runnerId, coachId: coach.id });
    return { messages: rows.map(presentMessage) };
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

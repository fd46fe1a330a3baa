import { gzipSync } from "node:zlib";
import { defaultProtocol, type PlanState, planFor, runnerToday } from "@backstride/domain";
import { notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { parseStored } from "./events-service.ts";
import { localDateIn } from "./local-date-in.ts";

export interface PlanBody {
  /** UTF-8 JSON, ready to send without serialising again. */
  bytes: Buffer;
  /** The same, gzip-compressed once: a plan is about 13 kB of JSON and compresses about 8 times. */
  gzipped: Buffer;
}

interface CachedPlan extends PlanBody {
  key: string;
}

/**
 * Computes today's plan with the domain engine. The plan depends only on the runner's events, the
 * protocol and the local date, so it is memoised per runner under (event log version, local date,
 * protocol). The version is read from the database on every request and bumped by every event write
 * in the same transaction, so a write through any instance invalidates every instance's memo at once.
 */
export class PlanService {
  private readonly cache = new Map<string, CachedPlan>();

  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly maxCachedRunners = 10_000,
  ) {}

  async today(userId: string): Promise<PlanState> {
    return JSON.parse((await this.todayBody(userId)).bytes.toString("utf8")) as PlanState;
  }

  /** `stamp` may come with the caller's session (read in the same query); otherwise it is read here. */
  async todayBody(
    userId: string,
    knownStamp?: { eventLogVersion: number; timeZone: string | null },
  ): Promise<PlanBody> {
    const stamp = knownStamp ?? (await this.repositories.users.planStamp(userId));
    if (!stamp) throw notFound("runner");
    const today = localDateIn(this.clock.now(), stamp.timeZone ?? "UTC");
    const key = `${stamp.eventLogVersion}|${today}|${defaultProtocol.id}`;
    const cached = this.cache.get(userId);
    if (cached?.key === key) return cached;
    const events = (await this.repositories.events.all(userId)).map(parseStored);
    // After a move to a zone behind, today never falls before a day already in the log (issue #8.11).
    const runnerDay = runnerToday({ zoneToday: today, events });
    const bytes = Buffer.from(JSON.stringify(planFor(events, defaultProtocol, runnerDay)), "utf8");
    const plan = { key, bytes, gzipped: gzipSync(bytes) };
    this.remember(userId, plan);
    return plan;
  }

  private remember(userId: string, plan: CachedPlan): void {
    this.cache.delete(userId);
    if (this.cache.size >= this.maxCachedRunners) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(userId, plan);
  }
}

import { gzipSync } from "node:zlib";
import { type DistanceUnit, defaultProtocol, type PlanState, planFor, runnerToday } from "@backstride/domain";
import { notFound } from "../http/api-error.ts";
import type { Repositories } from "../repositories/repositories.ts";
import type { PlanStamp } from "../repositories/users-repository.ts";
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
 * protocol, the local date and the unit its words use, so it is memoised per runner and unit under
 * (event log version, local date, protocol). The version is read from the database on every request and bumped by every event write
 * in the same transaction, so a write through any instance invalidates every instance's memo at once.
 */
export class PlanService {
  private readonly cache = new Map<string, CachedPlan>();

  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly maxCachedRunners = 10_000,
  ) {}

  /**
   * The runner's plan today, its words giving distances in `readerUnit`: the runner's own unit unless
   * someone else reads it (a coach's page, a coach's feed).
   */
  async today(userId: string, readerUnit?: DistanceUnit): Promise<PlanState> {
    return JSON.parse((await this.todayBody(userId, undefined, readerUnit)).bytes.toString("utf8")) as PlanState;
  }

  /** `stamp` may come with the caller's session (read in the same query); otherwise it is read here. */
  async todayBody(userId: string, knownStamp?: PlanStamp, readerUnit?: DistanceUnit): Promise<PlanBody> {
    const stamp = knownStamp ?? (await this.repositories.users.planStamp(userId));
    if (!stamp) throw notFound("runner");
    const distanceUnit = readerUnit ?? stamp.distanceUnit;
    const today = localDateIn(this.clock.now(), stamp.timeZone ?? "UTC");
    const key = `${stamp.eventLogVersion}|${today}|${defaultProtocol.id}`;
    // One memo per runner and unit: a runner in miles and their coach in km each keep theirs.
    const cacheKey = `${userId}|${distanceUnit}`;
    const cached = this.cache.get(cacheKey);
    if (cached?.key === key) return cached;
    const events = (await this.repositories.events.all(userId)).map(parseStored);
    // After a move to a zone behind, today never falls before a day already in the log (issue #8.11).
    const runnerDay = runnerToday({ zoneToday: today, events });
    const state = planFor(events, defaultProtocol, runnerDay, { distanceUnit });
    const bytes = Buffer.from(JSON.stringify(state), "utf8");
    const plan = { key, bytes, gzipped: gzipSync(bytes) };
    this.remember(cacheKey, plan);
    return plan;
  }

  private remember(cacheKey: string, plan: CachedPlan): void {
    this.cache.delete(cacheKey);
    if (this.cache.size >= this.maxCachedRunners) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(cacheKey, plan);
  }
}

import { defaultProtocol, localDateOf, type PlanState, planFor } from "@backstride/domain";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { parseStored } from "./events-service.ts";

interface CachedPlan {
  key: string;
  json: string;
}

/**
 * Computes today's plan with the domain engine. The result depends only on the runner's events, the
 * protocol and the local date, so it is memoised per runner under (event log version, today, protocol):
 * the version comes from the database on every request, so another instance's writes are seen at once.
 */
export class PlanService {
  private readonly cache = new Map<string, CachedPlan>();

  constructor(
    private readonly repositories: Repositories,
    private readonly clock: Clock,
    private readonly maxCachedRunners = 10_000,
  ) {}

  async today(userId: string): Promise<PlanState> {
    return JSON.parse(await this.todayJson(userId)) as PlanState;
  }

  /** The plan as JSON text, ready to send. */
  async todayJson(userId: string): Promise<string> {
    const [timeZone, version] = await Promise.all([
      this.repositories.profiles.findTimeZone(userId),
      this.repositories.events.version(userId),
    ]);
    const today = localDateOf(this.clock.now().toISOString(), timeZone ?? "UTC");
    const key = `${version}|${today}|${defaultProtocol.id}`;
    const cached = this.cache.get(userId);
    if (cached?.key === key) return cached.json;
    const events = (await this.repositories.events.all(userId)).map(parseStored);
    const json = JSON.stringify(planFor(events, defaultProtocol, today));
    this.remember(userId, { key, json });
    return json;
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

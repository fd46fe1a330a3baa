import { randomUUID } from "node:crypto";
import type { Alert, AlertSettings as AlertSettingsBody } from "@backstride/api-contract";
import {
  type AlertCandidate,
  type AlertSettings,
  type AlertSnapshot,
  alertSnapshotOf,
  alertsOnChange,
  type BackstrideEvent,
  defaultAlertSettings,
  defaultProtocol,
  newMessageAlert,
  planFor,
} from "@backstride/domain";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { parseStored } from "./events-service.ts";
import { localDateIn } from "./local-date-in.ts";
import type { PlanService } from "./plan-service.ts";

const inboxSize = 200;

function parseSettings(body: string | null | undefined): AlertSettings {
  if (!body) return defaultAlertSettings;
  const stored = JSON.parse(body) as Partial<AlertSettings>;
  // Rules added after the coach saved settings start on, like every default.
  return {
    rules: { ...defaultAlertSettings.rules, ...stored.rules },
    digestEnabled: stored.digestEnabled ?? defaultAlertSettings.digestEnabled,
    digestHour: stored.digestHour ?? defaultAlertSettings.digestHour,
  };
}

/**
 * Alerts for carers: derived when a runner's entries arrive (the plan before against the plan after,
 * domain rules in coaching/alerts), raised by the daily sweep for what time alone decides, and kept
 * per carer. Derivation runs beside the request, one runner at a time, and folds what piled up
 * meanwhile into one comparison, so a 1,000-file import does not fold the log 1,000 times.
 */
export class AlertsService {
  private readonly pending = new Map<string, BackstrideEvent[]>();
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly repositories: Repositories,
    private readonly plan: PlanService,
    private readonly clock: Clock,
  ) {}

  /** Events were stored for this runner: compare and raise alerts (in the background). */
  notify(runnerId: string, created: readonly BackstrideEvent[]): void {
    this.pending.set(runnerId, [...(this.pending.get(runnerId) ?? []), ...created]);
    if (this.running.has(runnerId)) return;
    const run = this.drain(runnerId).finally(() => this.running.delete(runnerId));
    this.running.set(runnerId, run);
  }

  /** Resolves when every derivation started so far is done (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  private async drain(runnerId: string): Promise<void> {
    for (;;) {
      const batch = this.pending.get(runnerId);
      if (!batch) return;
      this.pending.delete(runnerId);
      try {
        await this.compare(runnerId, batch);
      } catch {
        // The sweep compares every runner whose log moved past the stored snapshot: nothing is lost.
      }
    }
  }

  /** Compares the plan now with the one alerts last saw, raises what changed, keeps the new one. */
  async compare(runnerId: string, newEvents: readonly BackstrideEvent[]): Promise<void> {
    const carers = await this.repositories.carers.carersOf(runnerId);
    if (carers.length === 0) return;
    const stamp = await this.repositories.users.planStamp(runnerId);
    if (!stamp) return;
    // Snapshots compare the plan's words, so they are always taken in one unit (km), whoever reads them.
    const plan = await this.plan.today(runnerId, "km");
    const after = alertSnapshotOf(plan);
    const stored = await this.repositories.alerts.snapshot(runnerId);
    let before: AlertSnapshot | null = stored ? (JSON.parse(stored.body) as AlertSnapshot) : null;
    if (!stored && newEvents.length > 0) {
      // First comparison for this runner: the plan without the new entries is the one to compare with.
      const ids = new Set(newEvents.map((event) => event.id));
      const earlier = (await this.repositories.events.all(runnerId)).map(parseStored).filter((e) => !ids.has(e.id));
      before = earlier.length > 0 ? alertSnapshotOf(planFor(earlier, defaultProtocol, plan.today)) : null;
    }
    await this.raise(runnerId, alertsOnChange({ before, after, newEvents }));
    await this.repositories.alerts.saveSnapshot(
      runnerId,
      stamp.eventLogVersion,
      JSON.stringify(after),
      this.clock.now().toISOString(),
    );
  }

  /** Stores each candidate for every live carer of the runner whose settings keep that rule on. */
  async raise(runnerId: string, candidates: readonly AlertCandidate[], onlyCoachId?: string): Promise<number> {
    if (candidates.length === 0) return 0;
    const carers = (await this.repositories.carers.carersOf(runnerId)).filter(
      (carer) => onlyCoachId === undefined || carer.coachId === onlyCoachId,
    );
    const settings = await this.repositories.alerts.settingsOf(carers.map((carer) => carer.coachId));
    const now = this.clock.now().toISOString();
    const rows = carers.flatMap((carer) => {
      const rules = parseSettings(settings.get(carer.coachId)).rules;
      return candidates
        .filter((candidate) => rules[candidate.rule])
        .map((candidate) => ({
          id: randomUUID(),
          coachId: carer.coachId,
          runnerId,
          rule: candidate.rule,
          dedupeKey: candidate.key,
          level: candidate.level,
          title: candidate.title,
          detail: candidate.detail,
          localDate: candidate.localDate,
          createdAt: now,
        }));
    });
    return this.repositories.alerts.insertMany(rows);
  }

  /** A runner wrote to one carer: that carer's "new message" alert. */
  async onRunnerMessage(message: { id: string; runnerId: string; coachId: string; body: string; sentAt: string }) {
    const timeZone = (await this.repositories.profiles.findTimeZone(message.runnerId)) ?? "UTC";
    const localDate = localDateIn(new Date(message.sentAt), timeZone);
    await this.raise(
      message.runnerId,
      [newMessageAlert({ messageId: message.id, body: message.body, localDate })],
      message.coachId,
    );
  }

  async inbox(coachId: string): Promise<{ alerts: Alert[]; unread: number }> {
    const [rows, unread] = await Promise.all([
      this.repositories.alerts.inbox(coachId, inboxSize),
      this.repositories.alerts.unreadCount(coachId),
    ]);
    return { alerts: rows as Alert[], unread };
  }

  async unread(coachId: string): Promise<{ unread: number }> {
    return { unread: await this.repositories.alerts.unreadCount(coachId) };
  }

  async markRead(coachId: string, which: { ids: string[] } | { all: true }): Promise<{ unread: number }> {
    await this.repositories.alerts.markRead(
      coachId,
      "ids" in which ? which.ids : "all",
      this.clock.now().toISOString(),
    );
    return this.unread(coachId);
  }

  async settings(coachId: string): Promise<AlertSettingsBody> {
    return parseSettings(await this.repositories.alerts.settings(coachId));
  }

  async saveSettings(coachId: string, settings: AlertSettingsBody): Promise<AlertSettingsBody> {
    await this.repositories.alerts.saveSettings(coachId, JSON.stringify(settings), this.clock.now().toISOString());
    return settings;
  }
}

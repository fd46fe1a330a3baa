import type { BackstrideEvent } from "@backstride/domain";
import { ApiError, api, ensureCsrfToken, NetworkError } from "./api.ts";
import type { EventsPage, Profile } from "./api-types.ts";
import type { LocalStore } from "./local-store.ts";

/** The part of the local store sync needs (an in-memory fake in tests). */
export type SyncStore = Pick<
  LocalStore,
  "outbox" | "outboxCount" | "markSynced" | "hold" | "held" | "events" | "putPulled" | "getMeta" | "setMeta"
>;

import { applyPushResults, mergePulled, outboxBatches, type PushResult, type SyncStatus } from "./sync-merge.ts";

/** The server accepts at most 500 events per request (api-contract maxEventsPerBatch). */
const batchSize = 200;

/**
 * Moves events between this phone and the server: the outbox up (idempotent by event id), then
 * everything new down from the cursor. One run at a time; a request during a run queues one more run,
 * so an event written mid-sync still goes up straight after.
 */
export class SyncEngine {
  private running: Promise<void> | null = null;
  private again = false;
  private listeners = new Set<(status: SyncStatus) => void>();
  status: SyncStatus = { kind: "waiting", waiting: 0, held: 0 };

  constructor(
    private readonly store: SyncStore,
    /** Called with events pulled from the server that this phone did not have. */
    private readonly onPulled: (events: BackstrideEvent[]) => void,
    /** Called when the session has expired, so the app can ask the runner to sign in again. */
    private readonly onSignedOut: () => void,
    private readonly isOnline: () => boolean = () => navigator.onLine,
  ) {}

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  private async publish(kind: SyncStatus["kind"], error?: string): Promise<void> {
    const waiting = await this.store.outboxCount();
    const held = (await this.store.held()).length;
    const next: SyncStatus =
      kind === "synced" && waiting === 0
        ? { kind: "synced", waiting: 0, held }
        : kind === "synced"
          ? { kind: "waiting", waiting, held }
          : error
            ? { kind: "waiting", waiting, held, error }
            : ({ kind, waiting, held } as SyncStatus);
    this.status = next;
    for (const listener of this.listeners) listener(next);
  }

  /** Starts a sync, or queues one behind the run in progress. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.once();
      } while (this.again);
      this.running = null;
    })();
    return this.running;
  }

  /** Recounts the outbox without talking to the server (after a write while offline). */
  refresh(): Promise<void> {
    return this.publish(this.isOnline() ? this.status.kind : "offline");
  }

  private async once(): Promise<void> {
    if (!this.isOnline()) return this.publish("offline");
    await this.publish("syncing");
    try {
      await ensureCsrfToken();
      await this.pushProfile();
      await this.push();
      await this.pull();
      await this.publish("synced");
    } catch (error) {
      if (error instanceof NetworkError) return this.publish("offline");
      if (error instanceof ApiError && error.status === 401) {
        this.onSignedOut();
        return this.publish("waiting", "Sign in again to sync.");
      }
      return this.publish("waiting", error instanceof Error ? error.message : "Sync failed; will try again.");
    }
  }

  private async pushProfile(): Promise<void> {
    if (!(await this.store.getMeta("profileDirty"))) return;
    const profile = await this.store.getMeta("profile");
    if (profile) await api.put<Profile>("/api/profile", profile);
    await this.store.setMeta("profileDirty", false);
  }

  private async push(): Promise<void> {
    for (const batch of outboxBatches(await this.store.outbox(), batchSize)) {
      const { results } = await api.post<{ results: PushResult[] }>("/api/events", { events: batch });
      const outcome = applyPushResults(batch, results);
      await this.store.markSynced(outcome.syncedIds);
      await this.store.hold(outcome.held);
    }
  }

  private async pull(): Promise<void> {
    let cursor = await this.store.getMeta("cursor");
    // Bounded so a misbehaving server can never spin the phone forever.
    for (let page = 0; page < 1000; page++) {
      const query = cursor ? `?after=${encodeURIComponent(cursor)}` : "";
      const result = await api.get<EventsPage>(`/api/events${query}`);
      const local = new Set((await this.store.events()).map((event) => event.id));
      const fresh = mergePulled(local, result.events);
      await this.store.putPulled(fresh);
      if (fresh.length > 0) this.onPulled(fresh);
      const moved = result.nextCursor !== cursor;
      cursor = result.nextCursor;
      await this.store.setMeta("cursor", cursor);
      if (!moved || result.events.length === 0 || !result.hasMore) break;
    }
  }
}

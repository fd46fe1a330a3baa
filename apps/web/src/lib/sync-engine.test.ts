import type { BackstrideEvent } from "@backstride/domain";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MetaValues } from "./local-store.ts";
import { SyncEngine, type SyncStore } from "./sync-engine.ts";
import type { HeldEvent } from "./sync-merge.ts";

/** The phone's store, in memory. */
class MemoryStore implements SyncStore {
  eventsById = new Map<string, BackstrideEvent>();
  outboxById = new Map<string, BackstrideEvent>();
  heldById = new Map<string, HeldEvent>();
  meta = new Map<string, unknown>();

  add(events: BackstrideEvent[]) {
    for (const event of events) {
      this.eventsById.set(event.id, event);
      this.outboxById.set(event.id, event);
    }
  }
  async outbox() {
    return [...this.outboxById.values()];
  }
  async outboxCount() {
    return this.outboxById.size;
  }
  async markSynced(ids: string[]) {
    for (const id of ids) this.outboxById.delete(id);
  }
  async hold(held: HeldEvent[]) {
    for (const item of held) {
      this.heldById.set(item.event.id, item);
      this.outboxById.delete(item.event.id);
    }
  }
  async held() {
    return [...this.heldById.values()];
  }
  async events() {
    return [...this.eventsById.values()];
  }
  async putPulled(events: BackstrideEvent[]) {
    for (const event of events) this.eventsById.set(event.id, event);
  }
  async getMeta<K extends keyof MetaValues>(key: K) {
    return this.meta.get(key) as MetaValues[K] | undefined;
  }
  async setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]) {
    this.meta.set(key, value);
  }
}

/** The server's event log, idempotent by id like the real one; can drop the next answer on the floor. */
class FakeServer {
  log: BackstrideEvent[] = [];
  loseNextPostResponse = false;
  posts = 0;

  fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), "http://app.test");
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    if (url.pathname === "/api/auth/session") return json({ user: { id: "u1" }, csrfToken: "token" });
    if (url.pathname === "/api/events" && init?.method === "POST") {
      this.posts += 1;
      const { events } = JSON.parse(String(init.body)) as { events: BackstrideEvent[] };
      const results = events.map((event) => {
        const existing = this.log.find((stored) => stored.id === event.id);
        if (!existing) {
          this.log.push(event);
          return { id: event.id, status: "created" };
        }
        return { id: event.id, status: JSON.stringify(existing) === JSON.stringify(event) ? "duplicate" : "conflict" };
      });
      if (this.loseNextPostResponse) {
        // Stored on the server, but the phone never hears back (signal lost mid-request).
        this.loseNextPostResponse = false;
        throw new TypeError("network connection lost");
      }
      return json({ results });
    }
    if (url.pathname === "/api/events") {
      const after = Number(url.searchParams.get("after") ?? "0");
      return json({ events: this.log.slice(after), nextCursor: String(this.log.length), hasMore: false });
    }
    return new Response("{}", { status: 404 });
  };
}

function checkin(n: number, pain = 2): BackstrideEvent {
  return {
    id: `0190a1b2-0000-7000-8000-${String(n).padStart(12, "0")}`,
    version: 1,
    type: "pain.checkin",
    occurredAt: "2026-03-10T08:00:00+01:00",
    localDate: "2026-03-10",
    pain0to10: pain,
    legSymptoms: false,
  };
}

let server: FakeServer;
let online: boolean;

beforeEach(() => {
  server = new FakeServer();
  online = true;
  vi.stubGlobal("fetch", server.fetch);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function engineFor(store: MemoryStore, pulled: BackstrideEvent[][] = []) {
  return new SyncEngine(
    store,
    (events) => pulled.push(events),
    () => undefined,
    () => online,
  );
}

describe("SyncEngine", () => {
  it("nothing lost, nothing doubled: a lost response, a retry, then a pull", async () => {
    const store = new MemoryStore();
    store.add([checkin(1), checkin(2), checkin(3)]);
    const engine = engineFor(store);

    server.loseNextPostResponse = true;
    await engine.sync();
    expect(engine.status).toMatchObject({ kind: "offline", waiting: 3 });
    expect(server.log).toHaveLength(3);

    await engine.sync();
    expect(engine.status).toEqual({ kind: "synced", waiting: 0, held: 0 });
    expect(server.log).toHaveLength(3);
    expect(store.eventsById.size).toBe(3);
  });

  it("keeps and shows an event the server refuses as a conflict", async () => {
    server.log.push(checkin(7, 5));
    const store = new MemoryStore();
    store.add([checkin(7, 2), checkin(8)]);
    const engine = engineFor(store);
    await engine.sync();
    expect(engine.status).toEqual({ kind: "synced", waiting: 0, held: 1 });
    expect([...store.heldById.values()].map((held) => [held.event.id, held.status])).toEqual([
      [checkin(7).id, "conflict"],
    ]);
  });

  it("pulls what other devices wrote once, and moves the cursor", async () => {
    server.log.push(checkin(20), checkin(21));
    const store = new MemoryStore();
    const pulled: BackstrideEvent[][] = [];
    const engine = engineFor(store, pulled);
    await engine.sync();
    await engine.sync();
    expect(pulled.flat().map((event) => event.id)).toEqual([checkin(20).id, checkin(21).id]);
    expect(store.meta.get("cursor")).toBe("2");
  });

  it("offline: keeps everything and says how many wait, without calling the server", async () => {
    online = false;
    const store = new MemoryStore();
    store.add([checkin(30)]);
    const engine = engineFor(store);
    await engine.sync();
    expect(engine.status).toEqual({ kind: "offline", waiting: 1, held: 0 });
    expect(server.posts).toBe(0);
    online = true;
    await engine.sync();
    expect(engine.status.kind).toBe("synced");
    expect(server.log.map((event) => event.id)).toEqual([checkin(30).id]);
  });

  it("a write during a sync is uploaded by a queued second run", async () => {
    const store = new MemoryStore();
    store.add([checkin(40)]);
    const engine = engineFor(store);
    const first = engine.sync();
    store.add([checkin(41)]);
    const second = engine.sync();
    await Promise.all([first, second]);
    expect(server.log.map((event) => event.id).sort()).toEqual([checkin(40).id, checkin(41).id]);
    expect(engine.status).toEqual({ kind: "synced", waiting: 0, held: 0 });
  });
});

import type { BackstrideEvent } from "@backstride/domain";
import type { Profile, Shoe } from "./api-types.ts";
import { deleteDatabase, ObjectStore, openDatabase, putInBoth } from "./idb.ts";
import type { HeldEvent } from "./sync-merge.ts";

/** Keys of the key-value "meta" store. */
export interface MetaValues {
  /** `nextCursor` of the last page pulled from GET /api/events. */
  cursor: string;
  profile: Profile;
  /** The profile was changed on this phone and not yet saved on the server. */
  profileDirty: boolean;
}

const version = 1;
const stores = [
  { name: "events", keyPath: "id" },
  { name: "outbox", keyPath: "id" },
  { name: "held", keyPath: "event.id" },
  { name: "shoes", keyPath: "id" },
  { name: "meta" },
];

/** One database per account, so two people sharing a phone never see each other's log. */
export function databaseName(userId: string): string {
  return `backstride-${userId}`;
}

/**
 * The runner's data on this device: the event log, the outbox of events not yet on the server, events
 * the server refused (kept and shown), shoes and the profile.
 */
export class LocalStore {
  private constructor(
    private readonly db: IDBDatabase,
    readonly userId: string,
  ) {}

  static async open(userId: string): Promise<LocalStore> {
    return new LocalStore(await openDatabase(databaseName(userId), version, stores), userId);
  }

  static async destroy(userId: string): Promise<void> {
    await deleteDatabase(databaseName(userId));
  }

  close(): void {
    this.db.close();
  }

  private get eventStore() {
    return new ObjectStore<BackstrideEvent>(this.db, "events");
  }
  private get outboxStore() {
    return new ObjectStore<BackstrideEvent>(this.db, "outbox");
  }
  private get heldStore() {
    return new ObjectStore<HeldEvent>(this.db, "held");
  }
  private get shoeStore() {
    return new ObjectStore<Shoe>(this.db, "shoes");
  }
  private get metaStore() {
    return new ObjectStore<unknown>(this.db, "meta");
  }

  events(): Promise<BackstrideEvent[]> {
    return this.eventStore.getAll();
  }

  outbox(): Promise<BackstrideEvent[]> {
    return this.outboxStore.getAll();
  }

  outboxCount(): Promise<number> {
    return this.outboxStore.count();
  }

  /** A new event from this phone: into the log and the outbox in one transaction. */
  addEvents(events: BackstrideEvent[]): Promise<void> {
    return putInBoth(this.db, { store: "events", records: events }, { store: "outbox", records: events });
  }

  /** Events the server now has: out of the outbox (they stay in the log). */
  markSynced(ids: string[]): Promise<void> {
    return this.outboxStore.deleteMany(ids);
  }

  /** Events the server refused: out of the outbox so they are not retried forever, kept to be shown. */
  async hold(held: HeldEvent[]): Promise<void> {
    await this.heldStore.putMany(held);
    await this.outboxStore.deleteMany(held.map((item) => item.event.id));
  }

  held(): Promise<HeldEvent[]> {
    return this.heldStore.getAll();
  }

  putPulled(events: BackstrideEvent[]): Promise<void> {
    return this.eventStore.putMany(events);
  }

  shoes(): Promise<Shoe[]> {
    return this.shoeStore.getAll();
  }

  async replaceShoes(shoes: Shoe[]): Promise<void> {
    await this.shoeStore.clear();
    await this.shoeStore.putMany(shoes);
  }

  async getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | undefined> {
    return (await this.metaStore.get(key)) as MetaValues[K] | undefined;
  }

  setMeta<K extends keyof MetaValues>(key: K, value: MetaValues[K]): Promise<void> {
    return this.metaStore.put(value, key);
  }
}

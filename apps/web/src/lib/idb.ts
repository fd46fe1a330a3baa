/**
 * A small typed wrapper over IndexedDB: promises instead of request callbacks, one object store per
 * record type. Deliberately tiny (no library) to keep the first load light.
 */

export interface StoreSpec {
  name: string;
  /** Property used as the key; absent for key-value stores where the key is passed on put. */
  keyPath?: string;
}

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
  });
}

export function openDatabase(name: string, version: number, stores: StoreSpec[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const spec of stores) {
        if (!db.objectStoreNames.contains(spec.name)) {
          db.createObjectStore(spec.name, spec.keyPath ? { keyPath: spec.keyPath } : undefined);
        }
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error("Backstride is open in another tab with an older version."));
  });
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Another tab holds it open; it is deleted when that tab closes.
    request.onblocked = () => resolve();
  });
}

/** Typed access to one object store whose records carry their own key. */
export class ObjectStore<T> {
  constructor(
    private readonly db: IDBDatabase,
    private readonly name: string,
  ) {}

  async getAll(): Promise<T[]> {
    const tx = this.db.transaction(this.name, "readonly");
    return (await promisify(tx.objectStore(this.name).getAll())) as T[];
  }

  async get(key: IDBValidKey): Promise<T | undefined> {
    const tx = this.db.transaction(this.name, "readonly");
    return (await promisify(tx.objectStore(this.name).get(key))) as T | undefined;
  }

  async count(): Promise<number> {
    const tx = this.db.transaction(this.name, "readonly");
    return promisify(tx.objectStore(this.name).count());
  }

  /** Writes all records in one transaction: either all are stored or none. */
  async putMany(records: T[], key?: (record: T) => IDBValidKey): Promise<void> {
    if (records.length === 0) return;
    const tx = this.db.transaction(this.name, "readwrite");
    const store = tx.objectStore(this.name);
    for (const record of records) {
      if (key) store.put(record, key(record));
      else store.put(record);
    }
    await done(tx);
  }

  async put(record: T, key?: IDBValidKey): Promise<void> {
    const tx = this.db.transaction(this.name, "readwrite");
    if (key === undefined) tx.objectStore(this.name).put(record);
    else tx.objectStore(this.name).put(record, key);
    await done(tx);
  }

  async deleteMany(keys: IDBValidKey[]): Promise<void> {
    if (keys.length === 0) return;
    const tx = this.db.transaction(this.name, "readwrite");
    const store = tx.objectStore(this.name);
    for (const key of keys) store.delete(key);
    await done(tx);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(this.name, "readwrite");
    tx.objectStore(this.name).clear();
    await done(tx);
  }
}

/**
 * Writes to two stores atomically: used so an event enters the event log and the outbox together,
 * and a crash between the two can never leave an event that is shown but never uploaded.
 */
export async function putInBoth<A, B>(
  db: IDBDatabase,
  first: { store: string; records: A[] },
  second: { store: string; records: B[] },
): Promise<void> {
  const tx = db.transaction([first.store, second.store], "readwrite");
  for (const record of first.records) tx.objectStore(first.store).put(record);
  for (const record of second.records) tx.objectStore(second.store).put(record);
  await done(tx);
}

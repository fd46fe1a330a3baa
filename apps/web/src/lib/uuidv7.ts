/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids made on the phone
 * sort by creation time and are the idempotency keys of events, so a retried upload never doubles one.
 */

export interface UuidV7Source {
  /** Milliseconds since the Unix epoch. */
  now: () => number;
  /** Fills the array with cryptographically strong random bytes. */
  fillRandom: (bytes: Uint8Array<ArrayBuffer>) => void;
}

const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/**
 * Makes a generator. Within one millisecond (or if the clock steps back) the 12-bit `rand_a` field is
 * used as a counter, so ids made by one generator are strictly increasing (RFC 9562, method 1).
 */
export function createUuidV7(source: UuidV7Source): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    const bytes = new Uint8Array(16);
    source.fillRandom(bytes);
    let ms = Math.max(0, Math.floor(source.now()));
    if (ms <= lastMs) {
      counter += 1;
      if (counter > 0xfff) {
        // Counter exhausted: borrow the next millisecond rather than repeat an id.
        lastMs += 1;
        counter = 0;
      }
      ms = lastMs;
    } else {
      lastMs = ms;
      counter = ((bytes[6] ?? 0) & 0x07) * 256 + (bytes[7] ?? 0); // random start, half the range left
    }
    // 48-bit big-endian timestamp; split because bit operators work on 32 bits.
    const high = Math.floor(ms / 2 ** 32);
    const low = ms >>> 0;
    bytes[0] = (high >>> 8) & 0xff;
    bytes[1] = high & 0xff;
    bytes[2] = (low >>> 24) & 0xff;
    bytes[3] = (low >>> 16) & 0xff;
    bytes[4] = (low >>> 8) & 0xff;
    bytes[5] = low & 0xff;
    bytes[6] = 0x70 | ((counter >>> 8) & 0x0f);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
    let out = "";
    for (let i = 0; i < 16; i++) {
      if (i === 4 || i === 6 || i === 8 || i === 10) out += "-";
      out += hex[bytes[i] ?? 0];
    }
    return out;
  };
}

/** The app's generator: wall clock and `crypto.getRandomValues`. */
export const uuidv7 = createUuidV7({
  now: () => Date.now(),
  fillRandom: (bytes) => {
    crypto.getRandomValues(bytes);
  },
});

/** Reads the creation time back from a v7 id, in Unix milliseconds. */
export function uuidv7Time(id: string): number {
  const digits = id.replace(/-/g, "").slice(0, 12);
  return Number.parseInt(digits, 16);
}

/**
 * MB/s of `work` over all inputs: the best of several timed rounds after a warm-up. On a shared,
 * noisy machine the best round is the least disturbed one, which keeps the ratios comparable.
 */
export function measureThroughputMBps(
  inputs: Uint8Array[],
  work: (bytes: Uint8Array) => unknown,
  rounds = 7,
  minRoundMs = 250,
): number {
  const totalBytes = inputs.reduce((n, b) => n + b.length, 0);
  let sink = 0;
  const pass = () => {
    for (const bytes of inputs) sink += work(bytes) === undefined ? 0 : 1;
  };
  for (let i = 0; i < 3; i++) pass();
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    let passes = 0;
    const started = performance.now();
    let elapsedMs = 0;
    do {
      pass();
      passes++;
      elapsedMs = performance.now() - started;
    } while (elapsedMs < minRoundMs);
    best = Math.max(best, (totalBytes * passes) / (elapsedMs / 1000) / 1e6);
  }
  if (sink < 0) console.log(sink);
  return best;
}

/** Slowest single call per input, over a few repetitions: the per-file time budget check. */
export function slowestCallMs(
  inputs: [string, Uint8Array][],
  work: (bytes: Uint8Array, name: string) => unknown,
): [string, number][] {
  return inputs.map(([name, bytes]) => {
    let worst = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      try {
        work(bytes, name);
      } catch {
        // Rejected inputs count too: rejecting must also be quick.
      }
      worst = Math.max(worst, performance.now() - started);
    }
    return [name, worst];
  });
}

/** The floor: a plain loop touching every byte once. */
export function sumBytes(bytes: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i++) sum = (sum + (bytes[i] as number)) | 0;
  return sum;
}

const crcNibbleTable = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401, 0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01,
  0x8801, 0x4400,
];

/**
 * The floor for FIT: the file's own CRC-16 computed over every byte with the FIT protocol's
 * nibble table, the least work any reader that checks integrity must do.
 */
export function fitCrcLoop(bytes: Uint8Array): number {
  let crc = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    let tmp = crcNibbleTable[crc & 0xf] as number;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (crcNibbleTable[byte & 0xf] as number);
    tmp = crcNibbleTable[crc & 0xf] as number;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (crcNibbleTable[(byte >> 4) & 0xf] as number);
  }
  return crc;
}

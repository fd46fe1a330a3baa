/**
 * FIT's CRC-16 (the ARC polynomial 0xA001, reflected). Slicing-by-4 tables: four bytes per step,
 * because the CRC pass over the whole file is otherwise the largest single cost of decoding.
 */
const TABLES = (() => {
  const t0 = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let bit = 0; bit < 8; bit++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    t0[i] = c;
  }
  const next = (previous: Uint16Array) => previous.map((v) => (v >>> 8) ^ (t0[v & 0xff] as number));
  const t1 = next(t0);
  const t2 = next(t1);
  const t3 = next(t2);
  return [t0, t1, t2, t3] as const;
})();

export function fitCrc16(bytes: Uint8Array, start: number, end: number): number {
  const [t0, t1, t2, t3] = TABLES;
  let crc = 0;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    crc ^= (bytes[i] as number) | ((bytes[i + 1] as number) << 8);
    crc =
      (t3[crc & 0xff] as number) ^
      (t2[crc >>> 8] as number) ^
      (t1[bytes[i + 2] as number] as number) ^
      (t0[bytes[i + 3] as number] as number);
  }
  for (; i < end; i++) crc = (crc >>> 8) ^ (t0[(crc ^ (bytes[i] as number)) & 0xff] as number);
  return crc;
}

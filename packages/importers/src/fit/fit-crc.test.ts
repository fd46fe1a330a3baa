import { describe, expect, it } from "vitest";
import { fitCrc16 } from "./fit-crc.ts";

/** The bit-by-bit definition, to check the table-driven one against. */
function referenceCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  }
  return crc;
}

describe("fitCrc16", () => {
  it("matches CRC-16/ARC's check value", () => {
    expect(fitCrc16(new TextEncoder().encode("123456789"), 0, 9)).toBe(0xbb3d);
  });

  it("matches the bit-by-bit definition for every length and alignment", () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => (i * 151 + 7) & 0xff);
    for (let start = 0; start < 5; start++) {
      for (let end = start; end <= bytes.length; end++) {
        expect(fitCrc16(bytes, start, end)).toBe(referenceCrc(bytes.subarray(start, end)));
      }
    }
  });
});

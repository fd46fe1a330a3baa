import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { adjustmentLoosens, missingLooseningReason } from "./coach-loosening.ts";

describe("coach adjustments that loosen safety", () => {
  it("a pain stop above 3/10 loosens; 3 or lower tightens or keeps", () => {
    expect(adjustmentLoosens({ kind: "pain-threshold", pain0to10: 5 }, defaultProtocol)).toBe(true);
    expect(adjustmentLoosens({ kind: "pain-threshold", pain0to10: 3 }, defaultProtocol)).toBe(false);
    expect(adjustmentLoosens({ kind: "pain-threshold", pain0to10: 2 }, defaultProtocol)).toBe(false);
  });

  it("switching the next-morning check off, or skipping a week, loosens", () => {
    expect(adjustmentLoosens({ kind: "next-morning-check", enabled: false }, defaultProtocol)).toBe(true);
    expect(adjustmentLoosens({ kind: "next-morning-check", enabled: true }, defaultProtocol)).toBe(false);
    expect(adjustmentLoosens({ kind: "skip-week", reason: "ran pain-free all month" }, defaultProtocol)).toBe(true);
  });

  it("needs a written reason only to loosen", () => {
    expect(missingLooseningReason({ kind: "pain-threshold", pain0to10: 5 }, defaultProtocol)).toMatch(/reason/);
    expect(missingLooseningReason({ kind: "pain-threshold", pain0to10: 5, reason: "  " }, defaultProtocol)).toMatch(
      /reason/,
    );
    expect(
      missingLooseningReason({ kind: "pain-threshold", pain0to10: 5, reason: "Chronic pattern" }, defaultProtocol),
    ).toBeNull();
    expect(missingLooseningReason({ kind: "pain-threshold", pain0to10: 2 }, defaultProtocol)).toBeNull();
    expect(missingLooseningReason({ kind: "next-morning-check", enabled: false }, defaultProtocol)).toMatch(/reason/);
  });
});

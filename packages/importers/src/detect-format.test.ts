import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { detectFormat, xmlRootName } from "./detect-format.ts";

describe("detectFormat", () => {
  it("finds the root element past the BOM, declaration, comments and a DOCTYPE with a subset", () => {
    const text =
      '\uFEFF<?xml version="1.0"?>\n<!-- exported -->\n<!DOCTYPE x [ <!ELEMENT a (b)> ]>\n<ns:gpx version="1.1">';
    expect(xmlRootName(strToU8(text))).toBe("gpx");
    expect(detectFormat(strToU8("<TrainingCenterDatabase>"))).toBe("tcx");
    expect(detectFormat(strToU8("hello"))).toBe("unknown");
  });

  it("scans a long run of processing instructions in linear time (no regular-expression backtracking)", () => {
    // With a regular expression of nested lazy repeats each extra one doubled the time (22 took 65 ms).
    expect(xmlRootName(strToU8(`${"<?a?>".repeat(800)}!`))).toBeNull();
    expect(xmlRootName(strToU8(`${"<!--a-->".repeat(500)}<gpx>`))).toBe("gpx");
  });

  it("tells FIT, gzip and zip apart by their first bytes", () => {
    expect(detectFormat(new Uint8Array([14, 0x20, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54]))).toBe("fit");
    expect(detectFormat(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe("gzip");
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("zip");
  });
});

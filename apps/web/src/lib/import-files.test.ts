import { importLimits } from "@backstride/api-contract";
import { describe, expect, it } from "vitest";
import { jobShare, outcomeWord, precheckFile, precheckSelection, uploadLimits } from "./import-files.ts";

describe("import prechecks", () => {
  it("uses the server's limits", () => {
    expect(uploadLimits).toEqual(importLimits);
  });

  it("accepts activity files and archives", () => {
    for (const name of ["run.fit", "RUN.FIT", "a.gpx", "b.tcx.gz", "c.fit.gz", "export_123.zip"]) {
      expect(precheckFile({ name, size: 1000 })).toBeNull();
    }
  });

  it("explains refusals in plain words", () => {
    expect(precheckFile({ name: "photo.jpg", size: 1000 })).toMatch(/Not an activity file/);
    expect(precheckFile({ name: "run.fit", size: 0 })).toBe("The file is empty.");
    expect(precheckFile({ name: "run.fit", size: 65 * 1024 * 1024 })).toBe(
      "Too large (65 MB). The limit is 64 MB a file.",
    );
    expect(precheckSelection(Array.from({ length: 201 }, () => ({ size: 1 })))).toMatch(/at most 200/);
    expect(precheckSelection([{ size: 200 * 1024 * 1024 }, { size: 100 * 1024 * 1024 }])).toMatch(/limit is 256 MB/);
  });

  it("words each outcome", () => {
    expect(outcomeWord("imported", 1)).toBe("Imported 1 run");
    expect(outcomeWord("imported", 3)).toBe("Imported 3 runs");
    expect(outcomeWord("duplicate", 1)).toBe("Already imported");
    expect(outcomeWord("error", 0)).toBe("Not imported");
  });

  it("computes job progress safely", () => {
    expect(jobShare(0, 0)).toBe(0);
    expect(jobShare(5, 10)).toBe(0.5);
    expect(jobShare(12, 10)).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

describe("server config", () => {
  it("reads the memory for kept roster pages in megabytes, 32 unless set, 0 for none", () => {
    expect(loadConfig({}).rosterCacheBytes).toBe(32 * 1024 * 1024);
    expect(loadConfig({ BACKSTRIDE_ROSTER_CACHE_MB: "8" }).rosterCacheBytes).toBe(8 * 1024 * 1024);
    expect(loadConfig({ BACKSTRIDE_ROSTER_CACHE_MB: "0" }).rosterCacheBytes).toBe(0);
    for (const wrong of ["-1", "1.5", "lots", "99999"]) {
      expect(() => loadConfig({ BACKSTRIDE_ROSTER_CACHE_MB: wrong })).toThrow(
        /BACKSTRIDE_ROSTER_CACHE_MB must be a whole number of megabytes/,
      );
    }
  });
});

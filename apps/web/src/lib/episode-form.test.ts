import { describe, expect, it } from "vitest";
import { episodeDefaults, episodeReport, validateEpisode } from "./episode-form.ts";

const now = new Date("2026-03-10T20:45:30Z");
const valid = { pain0to10: 6, onsetDate: "2026-03-09", onsetTime: "18:00", legSymptoms: false };

describe("episodeDefaults", () => {
  it("starts at now, to the minute, in the runner's zone", () => {
    expect(episodeDefaults(now, "Europe/Paris")).toEqual({
      pain0to10: null,
      onsetDate: "2026-03-10",
      onsetTime: "21:45",
      legSymptoms: null,
    });
    expect(episodeDefaults(now, "Pacific/Auckland").onsetDate).toBe("2026-03-11");
  });

  it("is itself a valid onset once pain and legs are answered", () => {
    const defaults = episodeDefaults(now, "America/New_York");
    expect(validateEpisode({ ...defaults, pain0to10: 2, legSymptoms: true }, now, "America/New_York")).toEqual({});
  });
});

describe("validateEpisode", () => {
  it("accepts an episode that began yesterday", () => {
    expect(validateEpisode(valid, now, "UTC")).toEqual({});
  });

  it("asks for every answer", () => {
    expect(validateEpisode({ ...valid, pain0to10: null, legSymptoms: null }, now, "UTC")).toEqual({
      pain0to10: "Choose how much your back hurts today, from 0 to 10.",
      legSymptoms: "Answer yes or no: it decides which safety questions come first.",
    });
    expect(validateEpisode({ ...valid, onsetDate: "" }, now, "UTC").onset).toBe("Enter the day this episode began.");
    expect(validateEpisode({ ...valid, onsetDate: "2026-02-30" }, now, "UTC").onset).toBe(
      "Enter the day this episode began.",
    );
    expect(validateEpisode({ ...valid, onsetTime: "" }, now, "UTC").onset).toBe(
      "Enter the time it began (a guess is fine).",
    );
  });

  it("refuses an onset in the future, judged in the runner's zone", () => {
    const future = "That is in the future. Choose when the pain began, up to now.";
    expect(validateEpisode({ ...valid, onsetDate: "2026-03-11", onsetTime: "08:00" }, now, "UTC").onset).toBe(future);
    expect(validateEpisode({ ...valid, onsetDate: "2026-03-10", onsetTime: "20:46" }, now, "UTC").onset).toBe(future);
    expect(validateEpisode({ ...valid, onsetDate: "2026-03-10", onsetTime: "20:45" }, now, "UTC")).toEqual({});
    // 21:30 in Paris is 20:30 UTC: already past.
    expect(validateEpisode({ ...valid, onsetDate: "2026-03-10", onsetTime: "21:30" }, now, "Europe/Paris")).toEqual({});
    expect(validateEpisode({ ...valid, onsetDate: "2026-03-10", onsetTime: "21:50" }, now, "Europe/Paris").onset).toBe(
      future,
    );
  });
});

describe("episodeReport", () => {
  it("writes the onset with the zone's offset at that instant", () => {
    expect(episodeReport(valid, "Europe/Paris")).toEqual({
      type: "episode.reported",
      pain0to10: 6,
      onsetAt: "2026-03-09T18:00:00+01:00",
      legSymptoms: false,
    });
    // After the spring change the offset is summer time.
    expect(episodeReport({ ...valid, onsetDate: "2026-03-30", onsetTime: "07:15" }, "Europe/Paris").onsetAt).toBe(
      "2026-03-30T07:15:00+02:00",
    );
    expect(episodeReport({ ...valid, legSymptoms: true }, "America/New_York").onsetAt).toBe(
      "2026-03-09T18:00:00-04:00",
    );
  });

  it("refuses an unanswered form", () => {
    expect(() => episodeReport({ ...valid, pain0to10: null }, "UTC")).toThrow();
  });
});

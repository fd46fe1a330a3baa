import { describe, expect, it } from "vitest";
import { parseStravaCsv, parseStravaDate } from "./strava-csv.ts";

describe("Strava activities.csv", () => {
  it("parses Strava's UTC dates without the server's time zone", () => {
    expect(parseStravaDate("Aug 28, 2016, 1:03:35 PM")).toBe("2016-08-28T13:03:35.000Z");
    expect(parseStravaDate("Jan 1, 2020, 12:05:00 AM")).toBe("2020-01-01T00:05:00.000Z");
    expect(parseStravaDate("yesterday")).toBeUndefined();
  });

  it("reads quoted cells with commas, quotes and line breaks, keyed by file name", () => {
    const csv =
      'Activity Name,Activity Description,Filename\n"Hill, reps","Said ""ouch""\nthen walked",activities/9.fit.gz\n';
    expect(parseStravaCsv(csv).get("activities/9.fit.gz")).toEqual({
      name: "Hill, reps",
      description: 'Said "ouch"\nthen walked',
    });
  });
});

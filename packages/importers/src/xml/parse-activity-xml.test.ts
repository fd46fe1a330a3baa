import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { importActivity } from "../import-activity.ts";
import { ImportError } from "../import-error.ts";

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE gpx [
  <!ENTITY lol "lol">
  ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("\n  ")}
]>
<gpx version="1.1"><trk><name>&lol9;</name><trkseg><trkpt lat="1" lon="1"/></trkseg></trk></gpx>`;

describe("XML safety", () => {
  it("rejects a billion-laughs GPX with a clear message", () => {
    let caught: unknown;
    try {
      importActivity(strToU8(billionLaughs), "laughs.gpx");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect((caught as ImportError).code).toBe("xml-entities");
    expect((caught as ImportError).message).toMatch(/entity bomb/);
  });

  it("reads prefixed TrackPointExtension elements under any prefix, and points without time", () => {
    const gpx = `<?xml version="1.0"?>
<gpx version="1.1" xmlns:x="http://www.garmin.com/xmlschemas/TrackPointExtension/v2">
  <trk><type>running</type><name>Tom &amp; Jerry</name><trkseg>
    <trkpt lat="45.0" lon="7.0"><ele>100</ele><time>2024-01-01T10:00:00Z</time>
      <extensions><x:TrackPointExtension><x:hr>140</x:hr><x:cad>85</x:cad></x:TrackPointExtension></extensions></trkpt>
    <trkpt lat="45.0001" lon="7.0"><ele>100</ele><time>2024-01-01T10:00:05Z</time>
      <extensions><x:TrackPointExtension><x:hr>150</x:hr><x:cad>90</x:cad></x:TrackPointExtension></extensions></trkpt>
    <trkpt lat="45.0002" lon="7.0"><ele>101</ele></trkpt>
  </trkseg></trk></gpx>`;
    const result = importActivity(strToU8(gpx), "prefixed.gpx");
    const [run] = result.activities;
    expect(run?.name).toBe("Tom & Jerry");
    expect(run?.heartRate).toEqual({ avgBpm: 145, maxBpm: 150 });
    expect(run?.cadence?.avgStepsPerMinute).toBe(180);
    expect(run?.distanceMeters).toBeCloseTo(22.2, 0);
  });

  it("falls back to the TCX laps' LX AvgRunCadence when the points carry no cadence", () => {
    const lap = (start: string, cadence: number) => `<Lap StartTime="${start}"><TotalTimeSeconds>600</TotalTimeSeconds>
      <DistanceMeters>1600</DistanceMeters><Track>
        <Trackpoint><Time>${start}</Time><DistanceMeters>0</DistanceMeters></Trackpoint></Track>
      <Extensions><ns3:LX><ns3:AvgRunCadence>${cadence}</ns3:AvgRunCadence></ns3:LX></Extensions></Lap>`;
    const tcx = `<?xml version="1.0"?><TrainingCenterDatabase xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">
      <Activities><Activity Sport="Running"><Id>2024-01-01T10:00:00Z</Id>
      ${lap("2024-01-01T10:00:00Z", 80)}${lap("2024-01-01T10:10:00Z", 86)}</Activity></Activities></TrainingCenterDatabase>`;
    const result = importActivity(strToU8(tcx), "laps.tcx");
    expect(result.activities[0]?.cadence).toEqual({
      avgStepsPerMinute: 166,
      bands: { below160: 0, from160to170: 0.5, from170to180: 0.5, above180: 0 },
    });
    expect(result.issues.map((i) => i.code)).toEqual(["cadence-from-laps"]);
  });

  it("rejects XML that is neither GPX nor TCX", () => {
    expect(() => importActivity(strToU8("<kml></kml>"), "x.kml")).toThrow(ImportError);
  });
});

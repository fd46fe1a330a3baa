import type { FormatResult } from "../built-activity.ts";
import { normalizeSportName } from "../sport-name.ts";
import { emptySample, type TrackSample } from "../summary/track-sample.ts";
import { xmlActivity } from "../xml-activity.ts";
import { child, children, finite, isoSeconds, parseActivityXml, rawChildren, text } from "./parse-activity-xml.ts";
import { attributeValue, forEachElement, leafValues } from "./scan-elements.ts";

/**
 * GPX 1.0 and 1.1, tracks (and routes as a fallback). Heart rate and cadence come from Garmin's
 * TrackPointExtension under whatever prefix the exporter chose (ns3:, gpxtpx:). Segments and routes
 * come back from the parser as raw XML and are read point by point by the scanners.
 */
export function readGpx(bytes: Uint8Array, fileName: string): FormatResult {
  const root = child(parseActivityXml(bytes, fileName, ["*.trkseg", "*.rte"]), "gpx");
  const issues: FormatResult["issues"] = [];
  const tracks = children(root, "trk");
  const samples: TrackSample[] = [];
  for (const trk of tracks) {
    for (const segment of rawChildren(trk, "trkseg")) readPoints(segment, "trkpt", samples);
  }
  if (samples.length === 0) for (const route of rawChildren(root, "rte")) readPoints(route, "rtept", samples);
  if (samples.length === 0) {
    return {
      activities: [],
      issues: [{ file: fileName, severity: "error", code: "gpx-empty", message: `${fileName} has no track points.` }],
    };
  }

  const firstTrack = tracks[0];
  const name = text(firstTrack, "name");
  const notes = text(firstTrack, "desc");
  const built = xmlActivity({
    fileName,
    sport: normalizeSportName(text(firstTrack, "type")),
    samples,
    laps: [],
    ...(name ? { name } : {}),
    ...(notes ? { notes } : {}),
    issues,
  });
  return { activities: [built], issues };
}

function readPoints(segmentXml: string, pointName: string, into: TrackSample[]): void {
  let first = true;
  forEachElement(segmentXml, pointName, (attributes, inner) => {
    const sample = emptySample();
    sample.startsSegment = first && into.length > 0;
    first = false;
    const lat = Number(attributeValue(attributes, "lat"));
    const lon = Number(attributeValue(attributes, "lon"));
    if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      sample.latDeg = lat;
      sample.lonDeg = lon;
    }
    // Leaves by local name: <ele>, <time>, GPX 1.0 <speed>, and the extension's <hr>, <cad>, <speed>.
    const values = leafValues(inner);
    sample.altitudeMeters = finite(values.get("ele"));
    sample.timeSeconds = isoSeconds(values.get("time"));
    sample.speedMps = finite(values.get("speed"));
    sample.heartRateBpm = finite(values.get("hr"));
    sample.cadenceStepsPerMinute = finite(values.get("cad"));
    into.push(sample);
  });
}

import type { FormatResult } from "../built-activity.ts";
import { normalizeSportName } from "../sport-name.ts";
import { emptySample, type TrackSample } from "../summary/track-sample.ts";
import { xmlActivity } from "../xml-activity.ts";
import { child, children, isoSeconds, numberOf, parseActivityXml, text, type XmlNode } from "./parse-activity-xml.ts";

/**
 * GPX 1.0 and 1.1, tracks (and routes as a fallback). Heart rate and cadence come from Garmin's
 * TrackPointExtension under whatever prefix the exporter chose (ns3:, gpxtpx:), which the parser strips.
 */
export function readGpx(bytes: Uint8Array, fileName: string): FormatResult {
  const root = child(parseActivityXml(bytes, fileName), "gpx");
  const issues: FormatResult["issues"] = [];
  const tracks = children(root, "trk");
  const samples: TrackSample[] = [];
  for (const trk of tracks) {
    for (const segment of children(trk, "trkseg")) readPoints(children(segment, "trkpt"), samples);
  }
  if (samples.length === 0) for (const route of children(root, "rte")) readPoints(children(route, "rtept"), samples);
  if (samples.length === 0)
    return {
      activities: [],
      issues: [{ file: fileName, severity: "error", code: "gpx-empty", message: `${fileName} has no track points.` }],
    };

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

function readPoints(points: XmlNode[], into: TrackSample[]): void {
  let first = true;
  for (const point of points) {
    const sample = emptySample();
    sample.startsSegment = first && into.length > 0;
    first = false;
    const lat = Number(point["@lat"]);
    const lon = Number(point["@lon"]);
    if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      sample.latDeg = lat;
      sample.lonDeg = lon;
    }
    sample.altitudeMeters = numberOf(point, "ele");
    sample.timeSeconds = isoSeconds(text(point, "time"));
    sample.speedMps = numberOf(point, "speed");
    const extension = child(child(point, "extensions"), "TrackPointExtension") ?? child(point, "extensions");
    if (extension) {
      sample.heartRateBpm = numberOf(extension, "hr");
      sample.cadenceStepsPerMinute = numberOf(extension, "cad");
      sample.speedMps ??= numberOf(extension, "speed");
    }
    into.push(sample);
  }
}

import type { ImportedActivity } from "../activity-types.ts";
import type { FormatResult } from "../built-activity.ts";
import { normalizeSportName } from "../sport-name.ts";
import { emptySample, type TrackSample } from "../summary/track-sample.ts";
import { type LapCadence, xmlActivity } from "../xml-activity.ts";
import {
  child,
  children,
  finite,
  isoSeconds,
  numberOf,
  parseActivityXml,
  rawChildren,
  text,
} from "./parse-activity-xml.ts";
import { forEachElement, leafValues } from "./scan-elements.ts";

/**
 * Garmin Training Center XML: one activity per <Activity>, laps with their recorded totals, points with
 * the ActivityExtension TPX (Speed, RunCadence) and lap LX data. Each <Track> comes back from the
 * parser as raw XML and is read point by point by the scanners.
 */
export function readTcx(bytes: Uint8Array, fileName: string): FormatResult {
  const root = child(parseActivityXml(bytes, fileName, ["*.Track"]), "TrainingCenterDatabase");
  const result: FormatResult = { activities: [], issues: [] };
  for (const activity of children(child(root, "Activities"), "Activity")) {
    const sport = normalizeSportName(text(activity, "@Sport"));
    const samples: TrackSample[] = [];
    const laps: ImportedActivity["laps"] = [];
    const lapCadences: LapCadence[] = [];
    let lapDistanceMeters = 0;
    let lapsWithDistance = 0;
    for (const lap of children(activity, "Lap")) {
      const lapStart = isoSeconds(text(lap, "@StartTime"));
      const distanceMeters = numberOf(lap, "DistanceMeters");
      if (distanceMeters !== null) {
        lapDistanceMeters += distanceMeters;
        lapsWithDistance++;
      }
      laps.push({
        startTime: lapStart !== null ? new Date(lapStart * 1000).toISOString() : null,
        distanceMeters: distanceMeters ?? 0,
        elapsedSeconds: numberOf(lap, "TotalTimeSeconds") ?? 0,
      });
      const lapCadence = numberOf(child(child(lap, "Extensions"), "LX"), "AvgRunCadence") ?? numberOf(lap, "Cadence");
      const lapSeconds = numberOf(lap, "TotalTimeSeconds");
      if (lapCadence !== null && lapCadence > 0 && lapSeconds !== null && lapSeconds > 0) {
        lapCadences.push({ cadence: lapCadence, seconds: lapSeconds });
      }
      for (const track of rawChildren(lap, "Track")) readTrackpoints(track, samples, sport);
    }
    if (samples.length === 0 && laps.length === 0) continue;
    const notes = text(activity, "Notes");
    result.activities.push(
      xmlActivity({
        fileName,
        sport,
        samples,
        laps,
        lapCadences,
        ...(lapsWithDistance === laps.length && laps.length > 0 ? { recordedDistanceMeters: lapDistanceMeters } : {}),
        ...(notes ? { notes } : {}),
        issues: result.issues,
      }),
    );
  }
  if (result.activities.length === 0) {
    result.issues.push({
      file: fileName,
      severity: "error",
      code: "tcx-empty",
      message: `${fileName} has no activity.`,
    });
  }
  return result;
}

function readTrackpoints(trackXml: string, into: TrackSample[], sport: string | null): void {
  forEachElement(trackXml, "Trackpoint", (_attributes, inner) => {
    // Leaf names are unique inside a Trackpoint: Value only occurs in HeartRateBpm, Speed/RunCadence in TPX.
    const values = leafValues(inner);
    const sample = emptySample();
    sample.timeSeconds = isoSeconds(values.get("Time"));
    const lat = finite(values.get("LatitudeDegrees"));
    const lon = finite(values.get("LongitudeDegrees"));
    if (lat !== null && lon !== null) {
      sample.latDeg = lat;
      sample.lonDeg = lon;
    }
    sample.altitudeMeters = finite(values.get("AltitudeMeters"));
    sample.distanceMeters = finite(values.get("DistanceMeters"));
    sample.heartRateBpm = finite(values.get("Value"));
    sample.speedMps = finite(values.get("Speed"));
    // Running watches put strides/min in TPX RunCadence; older foot pods use <Cadence> for runs too.
    sample.cadenceStepsPerMinute =
      finite(values.get("RunCadence")) ?? (sport !== "cycling" ? finite(values.get("Cadence")) : null);
    into.push(sample);
  });
}

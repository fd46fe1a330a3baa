import type { ImportedActivity, ImportIssue } from "../activity-types.ts";
import type { BuiltActivity, FormatResult } from "../built-activity.ts";
import { isFootSport } from "../foot-sport.ts";
import { summarizeSamples } from "../summary/summarize-samples.ts";
import { emptySample, type TrackSample } from "../summary/track-sample.ts";
import type { FitDecodeResult } from "./decode-fit.ts";
import { fitManufacturerName, fitSportName, fitSubSportName, fitTimeToIso } from "./fit-enums.ts";
import type { FitEvent, FitRecord, FitSession } from "./fit-messages.ts";

const SEMICIRCLES_TO_DEGREES = 180 / 2 ** 31;
const TIMER_EVENT = 0;
/** A multisport race has a handful of legs; a cap keeps a hostile file from costing sessions × records. */
const MAX_SESSIONS = 100;
const TIMER_START = 0;

/**
 * Turns decoded FIT messages into one activity per session (each triathlon leg with its sport),
 * preferring the device's session totals for distance and time, and the records for everything else.
 */
export function fitActivities(fit: FitDecodeResult, fileName: string): FormatResult {
  const issues: ImportIssue[] = [];
  const sessions: FitSession[] =
    fit.sessions.length > 0 ? fit.sessions.slice(0, MAX_SESSIONS) : [sessionFromRecords(fit)];
  sessions.sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0));
  if (fit.sessions.length > MAX_SESSIONS) {
    issues.push({
      file: fileName,
      severity: "warning",
      code: "fit-too-many-sessions",
      message: `The file lists ${fit.sessions.length} sessions; read the first ${MAX_SESSIONS}.`,
    });
  }
  const pauses = timerPauses(fit.events);
  const fileId = fit.fileIds[0];
  const device = fileId
    ? { manufacturer: fitManufacturerName(fileId.manufacturer), product: fileId.product?.toString() }
    : undefined;
  const activityMessage = fit.activities.find((a) => a.localTimestamp !== undefined && a.timestamp !== undefined);

  const activities: BuiltActivity[] = [];
  for (const session of sessions) {
    if (
      fit.records.length === 0 &&
      session.totalDistanceMeters === undefined &&
      session.totalElapsedSeconds === undefined
    )
      continue;
    const sport = fitSportName(session.sport ?? fit.sports[0]?.sport);
    const footSport = isFootSport(sport);
    const records = recordsOfSession(fit.records, session, sessions.length);
    const samples = records.map((r) => toSample(r, footSport));
    const summary = summarizeSamples({ samples, pauses });
    const startTime = fitTimeToIso(session.startTime ?? records[0]?.timestamp);
    const activity: ImportedActivity = {
      sport,
      isRunning: sport === "running",
      startTime,
      distanceMeters: session.totalDistanceMeters ?? summary.distanceMeters,
      elapsedSeconds: session.totalElapsedSeconds ?? summary.elapsedSeconds,
      movingSeconds: Math.min(summary.movingSeconds, session.totalTimerSeconds ?? Number.POSITIVE_INFINITY),
      laps: lapsOfSession(fit, session, sessions.length),
      heartRate:
        session.avgHeartRateBpm !== undefined && session.maxHeartRateBpm !== undefined
          ? { avgBpm: session.avgHeartRateBpm, maxBpm: session.maxHeartRateBpm }
          : summary.heartRate,
      cadence: footSport ? summary.cadence : null,
      elevation:
        summary.elevation ??
        (session.totalAscentMeters !== undefined && session.totalDescentMeters !== undefined
          ? { gainMeters: session.totalAscentMeters, lossMeters: session.totalDescentMeters }
          : null),
      downhillShare: summary.downhillShare,
      runningDynamics: footSport ? (summary.runningDynamics ?? sessionDynamics(session)) : null,
      deviceSession: deviceSession(session, footSport),
    };
    const subSport = fitSubSportName(session.sport, session.subSport);
    if (subSport) activity.subSport = subSport;
    if (device) activity.device = device;
    if (startTime && activityMessage?.localTimestamp !== undefined && activityMessage.timestamp !== undefined) {
      activity.utcOffsetMinutes = Math.round((activityMessage.localTimestamp - activityMessage.timestamp) / 900) * 15;
    }
    if (activity.movingSeconds === 0 && records.length === 0) activity.movingSeconds = session.totalTimerSeconds ?? 0;
    if (startTime === null) {
      issues.push({
        file: fileName,
        severity: "warning",
        code: "fit-relative-time",
        message:
          "The device recorded no date for this activity (only time since it was switched on): the start time is unknown.",
      });
    }
    activities.push({ activity, samples });
  }
  return { activities, issues };
}

function sessionFromRecords(fit: FitDecodeResult): FitSession {
  const first = fit.records.find((r) => r.timestamp !== undefined)?.timestamp;
  return {
    ...(first !== undefined ? { startTime: first } : {}),
    ...(fit.sports[0]?.sport !== undefined ? { sport: fit.sports[0].sport } : {}),
  };
}

function sessionEnd(session: FitSession): number | undefined {
  if (session.startTime !== undefined && session.totalElapsedSeconds !== undefined) {
    return session.startTime + Math.ceil(session.totalElapsedSeconds);
  }
  return session.timestamp;
}

/** Records inside the session's time window; a lone session keeps every record with a plausible time. */
function recordsOfSession(records: FitRecord[], session: FitSession, sessionCount: number): FitRecord[] {
  const start = session.startTime;
  const end = sessionEnd(session);
  if (start === undefined || end === undefined) return sessionCount === 1 ? records : [];
  const slackSeconds = sessionCount === 1 ? 60 : 0;
  return records.filter(
    (r) => r.timestamp !== undefined && r.timestamp >= start - slackSeconds && r.timestamp <= end + slackSeconds,
  );
}

function lapsOfSession(fit: FitDecodeResult, session: FitSession, sessionCount: number): ImportedActivity["laps"] {
  const start = session.startTime;
  const end = sessionEnd(session);
  const laps =
    sessionCount === 1 || start === undefined || end === undefined
      ? fit.laps
      : fit.laps.filter((l) => l.startTime !== undefined && l.startTime >= start && l.startTime < end);
  return laps.map((l) => ({
    startTime: fitTimeToIso(l.startTime),
    distanceMeters: l.totalDistanceMeters ?? 0,
    elapsedSeconds: l.totalElapsedSeconds ?? 0,
  }));
}

/** Timer stop → start spans, in FIT seconds. */
function timerPauses(events: FitEvent[]): [number, number][] {
  const pauses: [number, number][] = [];
  let stoppedAt: number | null = null;
  for (const e of events) {
    if (e.event !== TIMER_EVENT || e.timestamp === undefined) continue;
    if (e.eventType === TIMER_START) {
      if (stoppedAt !== null) pauses.push([stoppedAt, e.timestamp]);
      stoppedAt = null;
    } else {
      stoppedAt ??= e.timestamp;
    }
  }
  return pauses;
}

function toSample(r: FitRecord, footSport: boolean): TrackSample {
  const sample = emptySample();
  sample.timeSeconds = r.timestamp ?? null;
  if (r.latSemicircles !== undefined && r.lonSemicircles !== undefined) {
    sample.latDeg = r.latSemicircles * SEMICIRCLES_TO_DEGREES;
    sample.lonDeg = r.lonSemicircles * SEMICIRCLES_TO_DEGREES;
  }
  sample.altitudeMeters = r.altitudeMeters ?? null;
  sample.distanceMeters = r.distanceMeters ?? null;
  sample.speedMps = r.speedMps ?? null;
  sample.heartRateBpm = r.heartRateBpm ?? null;
  if (r.cadence !== undefined) {
    sample.cadenceStepsPerMinute = footSport ? 2 * (r.cadence + (r.fractionalCadence ?? 0)) : null;
  }
  sample.stanceTimeMs = r.stanceTimeMs ?? null;
  sample.verticalOscillationMm = r.verticalOscillationMm ?? null;
  sample.stepLengthMm = r.stepLengthMm ?? null;
  return sample;
}

function sessionDynamics(session: FitSession): ImportedActivity["runningDynamics"] {
  const dynamics: NonNullable<ImportedActivity["runningDynamics"]> = {};
  if (session.avgStanceTimeMs !== undefined) dynamics.avgStanceTimeMs = session.avgStanceTimeMs;
  if (session.avgVerticalOscillationMm !== undefined)
    dynamics.avgVerticalOscillationMm = session.avgVerticalOscillationMm;
  if (session.avgStepLengthMm !== undefined) dynamics.avgStepLengthMm = session.avgStepLengthMm;
  return Object.keys(dynamics).length > 0 ? dynamics : null;
}

function deviceSession(session: FitSession, footSport: boolean): ImportedActivity["deviceSession"] {
  const summary: NonNullable<ImportedActivity["deviceSession"]> = {};
  if (session.totalDistanceMeters !== undefined) summary.distanceMeters = session.totalDistanceMeters;
  if (session.totalElapsedSeconds !== undefined) summary.elapsedSeconds = session.totalElapsedSeconds;
  if (session.totalTimerSeconds !== undefined) summary.timerSeconds = session.totalTimerSeconds;
  if (session.avgCadence !== undefined) {
    summary.avgCadence = footSport
      ? 2 * (session.avgCadence + (session.avgFractionalCadence ?? 0))
      : session.avgCadence;
  }
  if (session.totalAscentMeters !== undefined) summary.totalAscentMeters = session.totalAscentMeters;
  return Object.keys(summary).length > 0 ? summary : undefined;
}

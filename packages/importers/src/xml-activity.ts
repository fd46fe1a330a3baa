import type { ImportedActivity, ImportIssue } from "./activity-types.ts";
import type { BuiltActivity } from "./built-activity.ts";
import { isFootSport } from "./foot-sport.ts";
import { STOPPED_BELOW_MPS, summarizeSamples } from "./summary/summarize-samples.ts";
import type { TrackSample } from "./summary/track-sample.ts";

export interface XmlActivityInput {
  fileName: string;
  /** Sport from the file, already normalised; null when the file does not say. */
  sport: string | null;
  /** Points with cadence as stored (strides/min for foot sports); converted here once the sport is known. */
  samples: TrackSample[];
  laps: ImportedActivity["laps"];
  /** Per-lap average cadence as stored (TCX LX AvgRunCadence), used when the points carry none. */
  lapCadences?: LapCadence[];
  /** The file's own totals (TCX laps), preferred over what the points add up to. */
  recordedDistanceMeters?: number;
  name?: string;
  notes?: string;
  issues: ImportIssue[];
}

export interface LapCadence {
  /** As stored: strides/min for foot sports. */
  cadence: number;
  seconds: number;
}

/** Running speeds: faster than walking, slower than riding; used only when the file names no sport. */
const RUNNING_MEDIAN_SPEED_MPS = { min: 1.5, max: 6.5 };

/** Shared tail of the GPX and TCX readers: decide the sport, convert cadence, summarise. */
export function xmlActivity(input: XmlActivityInput): BuiltActivity {
  const { samples, fileName, issues } = input;
  let sport = input.sport;
  if (sport === null) {
    sport = guessSport(samples);
    if (sport === "running") {
      issues.push({
        file: fileName,
        severity: "warning",
        code: "sport-guessed",
        message: "The file does not name its sport; it looks like a run (running speed and cadence).",
      });
    }
  }
  const footSport = isFootSport(sport);
  for (const s of samples) {
    if (s.cadenceStepsPerMinute !== null) s.cadenceStepsPerMinute = footSport ? s.cadenceStepsPerMinute * 2 : null;
  }
  const summary = summarizeSamples({ samples });
  if (footSport && summary.cadence === null && input.lapCadences && input.lapCadences.length > 0) {
    summary.cadence = cadenceFromLaps(input.lapCadences);
    issues.push({
      file: fileName,
      severity: "warning",
      code: "cadence-from-laps",
      message: "Cadence comes from the lap averages (the points carry none): the bands are per lap, not per step.",
    });
  }
  const firstTime = samples.find((s) => s.timeSeconds !== null)?.timeSeconds ?? null;
  const timedPoints = samples.reduce((n, s) => n + (s.timeSeconds !== null ? 1 : 0), 0);
  if (samples.length > 0 && timedPoints < samples.length / 2) {
    // A few stray timestamps (GPSBabel keeps waypoint times) would give a made-up duration.
    issues.push({
      file: fileName,
      severity: "warning",
      code: "no-times",
      message: `Only ${timedPoints} of ${samples.length} points have a time: distance is known, duration and pace are not (reported as 0).`,
    });
  }
  const mostlyUntimed = samples.length > 0 && timedPoints < samples.length / 2;
  const activity: ImportedActivity = {
    sport,
    isRunning: sport === "running",
    startTime: firstTime !== null ? new Date(firstTime * 1000).toISOString() : null,
    distanceMeters: input.recordedDistanceMeters ?? summary.distanceMeters,
    elapsedSeconds: mostlyUntimed ? 0 : summary.elapsedSeconds,
    movingSeconds: mostlyUntimed ? 0 : summary.movingSeconds,
    laps: input.laps,
    heartRate: summary.heartRate,
    cadence: footSport ? summary.cadence : null,
    elevation: summary.elevation,
    downhillShare: summary.downhillShare,
    runningDynamics: footSport ? summary.runningDynamics : null,
  };
  if (input.name) activity.name = input.name;
  if (input.notes) activity.notes = input.notes;
  return { activity, samples };
}

/** Time-weighted lap averages; each lap's whole time goes to the band of its average. */
function cadenceFromLaps(laps: LapCadence[]): NonNullable<ImportedActivity["cadence"]> {
  let seconds = 0;
  let weighted = 0;
  const bands = { below160: 0, from160to170: 0, from170to180: 0, above180: 0 };
  for (const lap of laps) {
    const steps = lap.cadence * 2;
    seconds += lap.seconds;
    weighted += steps * lap.seconds;
    const band = steps < 160 ? "below160" : steps < 170 ? "from160to170" : steps < 180 ? "from170to180" : "above180";
    bands[band] += lap.seconds;
  }
  return {
    avgStepsPerMinute: weighted / seconds,
    bands: {
      below160: bands.below160 / seconds,
      from160to170: bands.from160to170 / seconds,
      from170to180: bands.from170to180 / seconds,
      above180: bands.above180 / seconds,
    },
  };
}

function guessSport(samples: TrackSample[]): string {
  const speeds: number[] = [];
  let withCadence = 0;
  let previous: TrackSample | null = null;
  for (const s of samples) {
    if (s.cadenceStepsPerMinute !== null && s.cadenceStepsPerMinute > 0) withCadence++;
    if (s.timeSeconds === null || s.latDeg === null) continue;
    if (previous?.timeSeconds != null && previous.latDeg !== null && previous.lonDeg !== null && s.lonDeg !== null) {
      const dt = s.timeSeconds - previous.timeSeconds;
      const speed = s.speedMps ?? (dt > 0 ? approxMeters(previous, s) / dt : 0);
      if (dt > 0 && speed >= STOPPED_BELOW_MPS) speeds.push(speed);
    }
    previous = s;
  }
  if (speeds.length < 10 || withCadence < samples.length / 2) return "other";
  speeds.sort((a, b) => a - b);
  const median = speeds[Math.floor(speeds.length / 2)] as number;
  return median >= RUNNING_MEDIAN_SPEED_MPS.min && median <= RUNNING_MEDIAN_SPEED_MPS.max ? "running" : "other";
}

function approxMeters(a: TrackSample, b: TrackSample): number {
  const dLat = ((b.latDeg as number) - (a.latDeg as number)) * 111_320;
  const dLon =
    ((b.lonDeg as number) - (a.lonDeg as number)) * 111_320 * Math.cos(((a.latDeg as number) * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

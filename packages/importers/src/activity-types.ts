/** What an importer returns for one activity (one session; a triathlon gives one per leg). SI units. */
export interface ImportedActivity {
  /** Normalised sport: "running", "cycling", "swimming", "walking", "transition", "other". */
  sport: string;
  /** True for running (any sub-sport); Backstride imports these into the run log. Always set by importActivity. */
  isRunning?: boolean;
  /** The device's own sub-sport when known (e.g. "trail", "treadmill"). */
  subSport?: string;
  /** ISO 8601 UTC, e.g. "2024-10-03T11:02:03.000Z"; null when the file has no absolute time. */
  startTime: string | null;
  /** Offset of local time from UTC in minutes, when the file says. */
  utcOffsetMinutes?: number;
  distanceMeters: number;
  elapsedSeconds: number;
  /** Pauses and stops removed. */
  movingSeconds: number;
  laps: { startTime: string | null; distanceMeters: number; elapsedSeconds: number }[];
  heartRate: { avgBpm: number; maxBpm: number } | null;
  cadence: {
    /** Average while moving, steps per minute (both feet). */
    avgStepsPerMinute: number;
    /** Share of moving time in each band, 0..1. */
    bands: { below160: number; from160to170: number; from170to180: number; above180: number };
  } | null;
  elevation: { gainMeters: number; lossMeters: number } | null;
  /** Share of distance on grades steeper than -3%, 0..1; null without elevation. */
  downhillShare: number | null;
  runningDynamics: {
    avgStanceTimeMs?: number;
    avgVerticalOscillationMm?: number;
    avgStepLengthMm?: number;
  } | null;
  device?: { manufacturer?: string; product?: string };
  /** The track, only kept when asked for (privacy); [lat, lon] degrees. */
  track?: { latDeg: number; lonDeg: number; elapsedSeconds: number | null }[];
  /** Name from the file or the archive's CSV. */
  name?: string;
  /** Shoe/gear name from an archive's CSV, when present. */
  gearName?: string;
  /** The runner's own notes from the file (TCX Notes) or the archive's description. */
  notes?: string;
  /**
   * The device's own summary (FIT session message), as recorded, for comparison with what Backstride
   * computes from the points. avgCadence is steps/min for foot sports, rpm otherwise.
   */
  deviceSession?: {
    distanceMeters?: number;
    elapsedSeconds?: number;
    timerSeconds?: number;
    avgCadence?: number;
    totalAscentMeters?: number;
  };
}

export interface ImportIssue {
  /** The file (or archive entry) it concerns. */
  file: string;
  severity: "warning" | "error";
  code: string;
  /** Plain words for the runner, e.g. "The file ends early: kept the first 14 minutes." */
  message: string;
}

export interface ImportResult {
  format: "fit" | "gpx" | "tcx" | "zip" | "strava-export";
  activities: (ImportedActivity & { sourceFile: string })[];
  issues: ImportIssue[];
}

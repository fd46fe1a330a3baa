import type { ImportedActivity, ImportIssue } from "./activity-types.ts";
import type { TrackSample } from "./summary/track-sample.ts";

/** What each format's reader produces: the summary plus the points, so the track can be added on request. */
export interface BuiltActivity {
  activity: ImportedActivity;
  samples: TrackSample[];
}

export interface FormatResult {
  activities: BuiltActivity[];
  issues: ImportIssue[];
}

export type SourcedActivity = BuiltActivity & { sourceFile: string };

/** One file's (or archive's) outcome before tracks are attached. */
export interface ReadOutcome {
  format: "fit" | "gpx" | "tcx" | "zip" | "strava-export";
  activities: SourcedActivity[];
  issues: ImportIssue[];
}

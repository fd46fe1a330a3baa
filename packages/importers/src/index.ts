export type { ImportedActivity, ImportIssue, ImportResult } from "./activity-types.ts";
export { decodeFit, type FitDecodeResult } from "./fit/decode-fit.ts";
export { type ImportOptions, importActivity } from "./import-activity.ts";
export { ImportError, type ImportErrorCode } from "./import-error.ts";
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from "./import-limits.ts";
export { applyPrivacyZone, type PrivacyZoneOptions, type TrackPoint } from "./privacy-zone.ts";

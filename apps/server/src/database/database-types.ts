import type { ColumnType, Generated, Kysely } from "kysely";

/**
 * Column conventions shared by SQLite and PostgreSQL: timestamps are ISO 8601 UTC text, booleans are
 * 0/1 integers, JSON is text. Both databases then behave the same for every query the repositories use.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  /** Comma-separated roles, e.g. "runner,coach". */
  roles: string;
  password_hash: string;
  created_at: string;
  updated_at: string;
  /** Bumped by every event write (see migration 002). */
  event_log_version: Generated<number>;
  /** When the owner opened the mailed verification link; null until then (migration 004). */
  email_verified_at: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  /** sha256 of the session id: a leaked database does not hand out live sessions. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface RateLimitsTable {
  key: string;
  window_started_at: string;
  attempts: number;
}

export interface IdempotencyKeysTable {
  user_id: string;
  route_id: string;
  key: string;
  body_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface ProfilesTable {
  user_id: string;
  display_name: string;
  distance_unit: string;
  weight_unit: string;
  time_zone: string;
  goal: string;
  theme: string;
  keep_gps_tracks: number;
  updated_at: string;
}

export interface EventsTable {
  /** Server order; the sync cursor. */
  seq: Generated<number>;
  user_id: string;
  id: string;
  type: string;
  local_date: string;
  occurred_at: string;
  /** Canonical JSON of the validated event (defaults applied, keys sorted). */
  body: string;
  body_hash: string;
  received_at: string;
}

export interface ShoesTable {
  id: string;
  user_id: string;
  name: string;
  brand: string | null;
  drop_mm: number | null;
  start_distance_meters: number;
  is_default: number;
  warn_at_meters: number | null;
  replace_at_meters: number | null;
  retired_at: string | null;
  created_at: string;
  /** YYYY-MM-DD; null on pairs from before the column (they start on their created day). */
  started_on: string | null;
}

export interface ImportedFilesTable {
  user_id: string;
  content_hash: string;
  file_name: string;
  format: string;
  /** JSON array of the run.logged event ids created from the file. */
  run_ids: string;
  created_at: string;
}

export interface ImportedActivitiesTable {
  user_id: string;
  event_id: string;
  content_hash: string;
  file_name: string;
  format: string;
  sport: string;
  start_time: string | null;
  /** JSON: cadence bands, heart rate, running dynamics, name (see runImportDetailSchema). */
  detail: string;
  /** JSON track, only when the runner opted in to keeping GPS tracks. */
  track: string | null;
}

export interface ImportJobsTable {
  id: string;
  user_id: string;
  file_name: string;
  status: string;
  total_files: number;
  processed_files: number;
  /** JSON array of per-file results so far. */
  results: string;
  payload: ColumnType<Uint8Array | null, Uint8Array | null, Uint8Array | null>;
  /** A worker holds the job until this time; another instance may take it over after. */
  lease_until: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface InvitesTable {
  /** sha256 of the invite code. */
  code_hash: string;
  coach_id: string;
  created_at: string;
  expires_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
}

export interface CoachAccessTable {
  runner_id: string;
  coach_id: string;
  granted_at: string;
  revoked_at: string | null;
  /** "adjust": may read, message and adjust the plan; "view": may read and message only. */
  role: Generated<string>;
}

export interface AuditLogTable {
  seq: Generated<number>;
  runner_id: string;
  /** Null once the coach deleted their account; the name stays so the runner's record stays readable. */
  coach_id: string | null;
  coach_name: string;
  action: string;
  at: string;
}

export interface MessagesTable {
  id: string;
  runner_id: string;
  coach_id: string;
  author_id: string;
  body: string;
  sent_at: string;
}

export interface EmailTokensTable {
  /** sha256 of the token mailed in the link. */
  token_hash: string;
  user_id: string;
  purpose: "password-reset" | "verify-email";
  created_at: string;
  expires_at: string;
  /** Set when the link is used; a used token is refused. */
  used_at: string | null;
}

/** One runner's roster line as of `as_of` (JSON body: see runner-summary.ts). */
export interface RunnerSummariesTable {
  runner_id: string;
  /** The runner's local date the summary was computed for. */
  as_of: string;
  /** users.event_log_version it was computed from. */
  log_version: number;
  red_flag_level: string | null;
  last_checkin_date: string | null;
  last_activity_date: string | null;
  body: string;
  updated_at: string;
  /** The roster line as of as_of (JSON of RosterLineBody); null on rows from before migration 007. */
  line: string | null;
  /** Attention score as of as_of, before unread messages (added on read). */
  attention_score: Generated<number>;
  /** "|filter|filter|": the roster filters the runner matches as of as_of. */
  attention_matches: Generated<string>;
  last_pain_0to10: number | null;
  adherence_7_share: number | null;
  /** UTC ISO instant as_of ends in the runner's time zone; null on rows from before migration 007. */
  stale_after: string | null;
}

/**
 * One row per live consent (coach, runner): everything a roster page shows and sorts by, kept in the
 * transaction of every write it derives from (roster-repository.ts syncEntries), so a page is read in
 * index order and a 500-runner roster reads 50 rows, not 500 (docs/decisions/roster-summary.md).
 */
export interface RosterEntriesTable {
  coach_id: string;
  runner_id: string;
  name: string;
  /** coach_access.granted_at. */
  since: string;
  as_of: string | null;
  line: string | null;
  /** The summary's attention score, and the same with the coach's unread messages (what attention sorts by). */
  attention_score: number;
  rank_score: number;
  attention_matches: string;
  /** Sort keys with the missing value last in each order: -1 pain, 1e9 adherence, '9999-12-31' activity. */
  pain_key: number;
  adherence_key: number;
  activity_key: string;
  unread_messages: number;
  last_message_at: string | null;
  /** When the line goes stale (UTC ISO); '' when it is stale now (no line yet, or the log moved on). */
  stale_after: string;
  /** The coach's groups holding the runner, "id,id" in the groups' name order; '' for none. */
  group_ids: Generated<string>;
  /** The runner's IANA time zone (profiles.time_zone); null when none is set, read as UTC. */
  time_zone: Generated<string | null>;
  /**
   * New on every insert and update of the row and never shared by two rows (migration 013, set by
   * triggers); int8 arrives from PostgreSQL as text.
   */
  change_seq: Generated<string | number>;
}

/** How many roster entries a coach has, kept by triggers on roster_entries (migration 012). */
export interface RosterSizesTable {
  coach_id: string;
  total: number;
}

export interface CoachGroupsTable {
  id: string;
  coach_id: string;
  name: string;
  created_at: string;
}

export interface CoachGroupMembersTable {
  group_id: string;
  runner_id: string;
}

export interface MessageReadsTable {
  coach_id: string;
  runner_id: string;
  read_at: string;
}

/** One audited roster view and the runners it showed (migration 009). */
export interface RosterViewsTable {
  id: string;
  coach_id: string | null;
  coach_name: string;
  at: string;
  runner_count: number;
  /** JSON array of the runner ids the view showed. */
  runner_ids: Generated<string>;
}

/** A (UTC) day on which a coach's roster views showed a runner (migration 009). */
export interface RosterViewDaysTable {
  runner_id: string;
  coach_id: string;
  day: string;
}

/** One alert for one carer (see migration 006). */
export interface AlertsTable {
  id: string;
  coach_id: string;
  runner_id: string;
  rule: string;
  /** Names the occurrence; unique per coach and runner. */
  dedupe_key: string;
  level: string;
  title: string;
  detail: string;
  local_date: string;
  created_at: string;
  read_at: string | null;
  /** Set once a daily digest listed it. */
  digested_at: string | null;
}

export interface AlertSettingsTable {
  coach_id: string;
  /** JSON AlertSettings. */
  body: string;
  updated_at: string;
}

export interface AlertSnapshotsTable {
  runner_id: string;
  log_version: number;
  /** JSON AlertSnapshot. */
  body: string;
  updated_at: string;
}

/** "Done once per subject and local day" (digest, reminders, sweeps): the insert is the claim. */
export interface DailyClaimsTable {
  kind: string;
  subject_id: string;
  local_date: string;
  claimed_at: string;
}

export interface RemindersTable {
  user_id: string;
  /** Local "HH:mm" of the session reminder, or null when off. */
  session_time: string | null;
  morning_time: string | null;
  updated_at: string;
}

export interface CalendarFeedsTable {
  user_id: string;
  /** sha256 of the secret in the feed's address. */
  token_hash: string;
  created_at: string;
}

export interface DatabaseSchema {
  users: UsersTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  idempotency_keys: IdempotencyKeysTable;
  profiles: ProfilesTable;
  events: EventsTable;
  shoes: ShoesTable;
  imported_files: ImportedFilesTable;
  imported_activities: ImportedActivitiesTable;
  import_jobs: ImportJobsTable;
  invites: InvitesTable;
  coach_access: CoachAccessTable;
  audit_log: AuditLogTable;
  messages: MessagesTable;
  email_tokens: EmailTokensTable;
  alerts: AlertsTable;
  alert_settings: AlertSettingsTable;
  alert_snapshots: AlertSnapshotsTable;
  daily_claims: DailyClaimsTable;
  reminders: RemindersTable;
  calendar_feeds: CalendarFeedsTable;
  runner_summaries: RunnerSummariesTable;
  roster_entries: RosterEntriesTable;
  roster_sizes: RosterSizesTable;
  coach_groups: CoachGroupsTable;
  coach_group_members: CoachGroupMembersTable;
  message_reads: MessageReadsTable;
  roster_views: RosterViewsTable;
  roster_view_days: RosterViewDaysTable;
}

export type Db = Kysely<DatabaseSchema>;
export type DatabaseKind = "sqlite" | "postgres";

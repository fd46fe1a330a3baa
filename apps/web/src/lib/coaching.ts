import {
  type DistanceUnit,
  defaultProtocol,
  type EventOf,
  formatDay,
  formatDistance,
  isSessionKind,
  missingLooseningReason,
  sessionKindWords,
  unitToMeters,
} from "@backstride/domain";
import { ApiError, NetworkError } from "./api.ts";
import { localDateOf } from "./local-date.ts";

/**
 * Pure helpers for the consent screens (Sharing for runners, My runners for coaches): reading an invite
 * code, words for audit entries and attention, the plan adjustment form, and what to say when a request fails.
 */

/** Crockford's base32, as the server makes codes: no I, L, O or U, so a code survives being read aloud. */
const shortInvitePattern = /^[0-9A-HJKMNP-TV-Z]{10}$/;
/** Codes made before short codes (32 case-sensitive characters) still work, exactly as typed, until they expire. */
const legacyInvitePattern = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * A typed, pasted or linked code in the form the server looks it up under; null when it cannot be an
 * invite code. Read the way the server reads it (Crockford's decoding): any case, hyphens and spaces
 * ignored, I and L as 1, O as 0, so "7kq2m xw9rd" or a code spelled over the phone works.
 */
export function normalizeInviteCode(text: string): string | null {
  const compact = text.replace(/[\s-]+/g, "");
  const short = compact.toUpperCase().replace(/[IL]/g, "1").replace(/O/g, "0");
  if (shortInvitePattern.test(short)) return short;
  // A pasted legacy code may wrap over lines; its hyphens and case are part of it.
  const legacy = text.replace(/\s+/g, "");
  return legacyInvitePattern.test(legacy) ? legacy : null;
}

/** "7KQ2MXW9RD" -> "7KQ2M-XW9RD": a short code grouped for reading aloud; a legacy code as it is. */
export function groupedInviteCode(code: string): string {
  return shortInvitePattern.test(code) ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/** What a coach can do once given access, said before the runner agrees. Mirrors the server's consent checks. */
export const inviteGrantedItems = [
  "See your plan, your log and your pain scores.",
  "Message you, and adjust your plan (never past a red flag or a rest day). You can limit this to viewing on Coaches and sharing.",
  "Every time they look, it is recorded under Coaches and sharing, Who looked at your data.",
];

/** The server audits each read under its route id; the runner reads what was looked at, in plain words. */
const auditWords: Record<string, string> = {
  roster: "Your summary on their list of runners",
  athletePlan: "Your plan",
  athleteEvents: "Your log and pain scores",
  athleteMessages: "Your messages",
  athleteReportPdf: "Your clinician report (PDF)",
  reportPdf: "You downloaded your clinician report (PDF)",
  "role set: can view": "What they may do: view only",
  "role set: can view and adjust": "What they may do: view and adjust your plan",
};

export function auditActionWords(action: string): string {
  return auditWords[action] ?? action;
}

/** Audit entries have no id; a stable key per entry, counting repeats of the same coach, action and instant. */
export function withAuditKeys<T extends { coachId: string; action: string; at: string }>(
  entries: readonly T[],
): (T & { key: string })[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = `${entry.at}|${entry.coachId}|${entry.action}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { ...entry, key: count === 0 ? base : `${base}|${count}` };
  });
}

/** "Thu 12 Mar, 14:05": an instant as a day and a clock time in the reader's time zone. */
export function formatInstant(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${formatDay(localDateOf(instant, timeZone))}, ${time}`;
}

/** "Thu 12 Mar": the day of an instant in the reader's time zone. */
export function formatInstantDay(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return formatDay(localDateOf(instant, timeZone));
}

export interface AttentionSummary {
  openRedFlag: "emergency" | "urgent" | "soon" | null;
  painTrend: "rising" | "falling" | "steady" | null;
  loadJumpShare: number | null;
  daysSinceLastActivity: number | null;
}

/** More days than this without a run or session counts as inactive, as the server's attention score does. */
export const inactiveAfterDays = 7;

/** Short tags for the roster, most serious first: what made this runner rise to the top. */
export function attentionTags(attention: AttentionSummary): string[] {
  const tags: string[] = [];
  if (attention.openRedFlag) tags.push("Red flag");
  if (attention.painTrend === "rising") tags.push("Pain rising");
  if (attention.loadJumpShare !== null) tags.push("Load jump");
  if (attention.daysSinceLastActivity !== null && attention.daysSinceLastActivity > inactiveAfterDays) {
    tags.push("Inactive");
  }
  return tags;
}

export type AdjustmentKind =
  | "pain-threshold"
  | "next-morning-check"
  | "skip-week"
  | "hold-week"
  | "weekly-distance-cap"
  | "rebuild-first"
  | "note";

/** The event's own adjustment type, so the form can never send what the server's schema refuses. */
export type Adjustment = EventOf<"coach.adjustment">["adjustment"];

export interface AdjustmentForm {
  kind: AdjustmentKind;
  /** "1" to "5". */
  painThreshold: string;
  /** Needed (and sent) only when the stop is above the protocol's: the runner reads it on Today. */
  painReason: string;
  morningCheckEnabled: boolean;
  /** Needed to switch the next-morning check off; the runner reads it. */
  morningReason: string;
  skipReason: string;
  holdReason: string;
  /** In the coach's own distance unit. */
  weeklyCap: string;
  rebuildFirst: boolean;
  note: string;
}

export const emptyAdjustmentForm: AdjustmentForm = {
  kind: "pain-threshold",
  painThreshold: String(defaultProtocol.pain.stopThreshold0to10),
  painReason: "",
  morningCheckEnabled: true,
  morningReason: "",
  skipReason: "",
  holdReason: "",
  weeklyCap: "",
  rebuildFirst: true,
  note: "",
};

/** The pain stops a coach may choose (the event schema's range). */
export const painStopChoices = [1, 2, 3, 4, 5] as const;

const maxReasonLength = 500;

/** Whether the form as filled in loosens safety, so it shows the reason box and says why. */
export function formLoosens(form: AdjustmentForm): boolean {
  switch (form.kind) {
    case "pain-threshold":
      return Number(form.painThreshold) > defaultProtocol.pain.stopThreshold0to10;
    case "next-morning-check":
      return !form.morningCheckEnabled;
    case "skip-week":
      return true;
    default:
      return false;
  }
}

/**
 * The form as a coach.adjustment, or the one plain-words problem with it (same limits as the event
 * schema). A change that loosens safety is not sent without its written reason; that rule and its
 * words come from the domain, so the form and the server say the same thing.
 */
export function parseAdjustment(
  form: AdjustmentForm,
  unit: DistanceUnit,
): { adjustment: Adjustment } | { error: string } {
  const parsed = parseFields(form, unit);
  if ("error" in parsed) return parsed;
  const missing = missingLooseningReason(parsed.adjustment, defaultProtocol);
  return missing ? { error: missing } : parsed;
}

/** A reason as sent: trimmed, absent when empty (the loosening check then asks for it). */
function optionalReason(text: string): { reason?: string } | { error: string } {
  const reason = text.trim();
  if (reason.length > maxReasonLength) return { error: `Keep the reason under ${maxReasonLength} characters.` };
  return reason === "" ? {} : { reason };
}

function parseFields(form: AdjustmentForm, unit: DistanceUnit): { adjustment: Adjustment } | { error: string } {
  switch (form.kind) {
    case "pain-threshold": {
      const pain0to10 = Number(form.painThreshold);
      if (!Number.isInteger(pain0to10) || pain0to10 < 1 || pain0to10 > 5) {
        return { error: "Choose a pain stop from 1 to 5." };
      }
      // The reason box shows only for a loosening stop; text left in it from before is not sent.
      if (!formLoosens(form)) return { adjustment: { kind: "pain-threshold", pain0to10 } };
      const reason = optionalReason(form.painReason);
      return "error" in reason ? reason : { adjustment: { kind: "pain-threshold", pain0to10, ...reason } };
    }
    case "next-morning-check": {
      if (form.morningCheckEnabled) return { adjustment: { kind: "next-morning-check", enabled: true } };
      const reason = optionalReason(form.morningReason);
      return "error" in reason ? reason : { adjustment: { kind: "next-morning-check", enabled: false, ...reason } };
    }
    case "skip-week": {
      const reason = optionalReason(form.skipReason);
      return "error" in reason ? reason : { adjustment: { kind: "skip-week", reason: reason.reason ?? "" } };
    }
    case "hold-week": {
      const reason = optionalReason(form.holdReason);
      if ("error" in reason) return reason;
      if (reason.reason === undefined) return { error: "Say why the week is held: the runner reads it." };
      return { adjustment: { kind: "hold-week", reason: reason.reason } };
    }
    case "weekly-distance-cap": {
      const text = form.weeklyCap.trim().replace(",", ".");
      const value = Number(text);
      if (text === "" || !Number.isFinite(value) || value < 0) {
        return { error: `Enter a weekly distance in ${unit}, like 12.` };
      }
      const distanceMeters = Math.round(unitToMeters(value, unit));
      if (distanceMeters > 500_000) return { error: `Keep the cap under ${unit === "km" ? "500 km" : "310 mi"}.` };
      return { adjustment: { kind: "weekly-distance-cap", distanceMeters } };
    }
    case "rebuild-first":
      return { adjustment: { kind: "rebuild-first", enabled: form.rebuildFirst } };
    case "note": {
      const text = form.note.trim();
      if (text === "") return { error: "Write the note first." };
      if (text.length > 2000) return { error: "Keep the note under 2000 characters." };
      return { adjustment: { kind: "note", text } };
    }
  }
}

/** What the coach sees beside each loosening change: whether the runner's plan follows it today. */
export function coachChangeStatus(change: { inForce: boolean }): string {
  return change.inForce
    ? "In force."
    : "Not in force: a red flag is open, or the change has no written reason. Safety rules apply meanwhile.";
}

export const offlineMessage = "You are offline: this needs a connection. Try again when you have signal.";

/** What to tell the reader when a request to the coaching routes fails. */
export function coachingProblem(error: unknown): string {
  if (error instanceof NetworkError) return offlineMessage;
  if (error instanceof ApiError) {
    if (error.status === 404) return "That invite code was not found. It may have expired or been used already.";
    return error.message;
  }
  return "Something went wrong. Try again.";
}

/** A coach's request about a runner was refused because the runner removed (or never gave) access. */
export function isAccessRefused(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === "forbidden";
}

const phaseWords: Record<string, string> = {
  onboarding: "Getting started",
  relief: "Relief",
  rebuild: "Rebuild",
  return: "Return to running",
  progression: "Progression",
  maintenance: "Maintenance",
};

export function phaseWord(phase: string): string {
  return phaseWords[phase] ?? phase;
}

/** The fields of a stored event the coach's list reads; anything else is ignored. */
export interface EventForSummary {
  type: string;
  [field: string]: unknown;
}

const numberOf = (value: unknown): number | null => (typeof value === "number" ? value : null);

function painWords(during: unknown, after: unknown): string {
  const d = numberOf(during);
  const a = numberOf(after);
  if (d === null && a === null) return "";
  if (d !== null && a !== null) return `, pain ${d}/10 during, ${a}/10 after`;
  return `, pain ${d ?? a}/10`;
}

/** One line per event for the coach's "Recent entries": what it was, with distance and pain where it has them. */
export function eventSummary(event: EventForSummary, unit: DistanceUnit): string {
  switch (event.type) {
    case "run.logged": {
      const meters = numberOf(event.distanceMeters);
      return `Run${meters === null ? "" : `, ${formatDistance(meters, unit)}`}${painWords(event.painDuring0to10, event.painAfter0to10)}`;
    }
    case "session.completed": {
      // "Walk/run", "Rebuild circuit": the kind in the words the runner's own screens use.
      const kind =
        typeof event.kind === "string" && isSessionKind(event.kind) ? sessionKindWords[event.kind] : "session";
      const what = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
      return `${what}${event.endedEarly === true ? ", ended early" : ""}${painWords(event.painDuring0to10, event.painAfter0to10)}`;
    }
    case "pain.checkin":
      return `Pain check-in${painWords(event.pain0to10, null)}`;
    case "flare-up.reported":
      return `Flare-up${painWords(event.pain0to10, null)}`;
    case "triage.answered":
      return "Safety answers";
    case "causes.assessed":
      return "Cause-finder answers";
    case "clearance.recorded":
      return "Clinician's all-clear";
    case "coach.adjustment":
      return "Coach change";
    case "form.checked": {
      const cadence = numberOf(
        (event.measures as { cadenceStepsPerMinute?: { value?: unknown } } | undefined)?.cadenceStepsPerMinute?.value,
      );
      return `Form check${cadence === null ? "" : `, cadence ${Math.round(cadence)}`}`;
    }
    default:
      return event.type;
  }
}

import type { LocalDate } from "../../events/events.ts";

/** Every kind of alert a coach can get; each can be switched off per coach. */
export const alertRuleIds = [
  "red-flag",
  "pain-stop",
  "morning-worse",
  "no-improvement",
  "missed-sessions",
  "no-check-in",
  "message",
  "measures-due",
] as const;
export type AlertRuleId = (typeof alertRuleIds)[number];

/** A coach's alert settings: which rules raise alerts, and whether a daily digest is mailed. */
export interface AlertSettings {
  rules: Record<AlertRuleId, boolean>;
  /** Mail one digest a day of the alerts not yet read. */
  digestEnabled: boolean;
  /** Local hour (0-23, the coach's time zone) at or after which the digest goes out. */
  digestHour: number;
}

/** Every rule on, digest at 07:00: a new coach should miss nothing before choosing. */
export const defaultAlertSettings: AlertSettings = {
  rules: {
    "red-flag": true,
    "pain-stop": true,
    "morning-worse": true,
    "no-improvement": true,
    "missed-sessions": true,
    "no-check-in": true,
    message: true,
    "measures-due": true,
  },
  digestEnabled: true,
  digestHour: 7,
};

/** One alert a rule raised, before it is stored for each of the runner's carers. */
export interface AlertCandidate {
  rule: AlertRuleId;
  /**
   * Names the occurrence, e.g. "pain-stop:<event id>": the same occurrence seen twice (a retried
   * upload, two instances sweeping at once) stores one alert.
   */
  key: string;
  /** Most serious first when sorted: emergency, urgent, warning, info. */
  level: "emergency" | "urgent" | "warning" | "info";
  /** Short, about the runner, e.g. "Pain 5/10 during a walk/run: at or above the stop (3/10)". */
  title: string;
  /** One or two plain sentences of what happened. */
  detail: string;
  /** The runner's local day it is about. */
  localDate: LocalDate;
}

/**
 * The slice of a PlanState the alert rules compare before and after new events. Stored per runner as
 * JSON, so the next comparison needs one fold (after), not two.
 */
export interface AlertSnapshot {
  today: LocalDate;
  stateName: string;
  stopThreshold0to10: number;
  noImpactUntil: LocalDate | null;
  /** Codes of every reason in force (plan reasons, the state's reason, task reasons). */
  reasonCodes: string[];
  /** Open red flags (emergency, urgent, soon). */
  redFlags: { id: string; level: "emergency" | "urgent" | "soon"; title: string; text: string; since: LocalDate }[];
  /** No-improvement entries of the clinical history. */
  noImprovement: { localDate: LocalDate; title: string; detail: string }[];
  /** The text of the reasons whose code an alert may quote. */
  reasonTexts: Record<string, string>;
}

/** One alert in a coach's inbox (GET /api/alerts). */
export interface InboxAlert {
  id: string;
  runnerId: string;
  runnerName: string;
  rule: AlertRule;
  level: "emergency" | "urgent" | "warning" | "info";
  title: string;
  detail: string;
  localDate: string;
  createdAt: string;
  readAt: string | null;
}

export type AlertRule =
  | "red-flag"
  | "pain-stop"
  | "morning-worse"
  | "no-improvement"
  | "missed-sessions"
  | "no-check-in"
  | "message"
  | "measures-due";

export interface AlertSettings {
  rules: Record<AlertRule, boolean>;
  digestEnabled: boolean;
  digestHour: number;
}

/** The settings screen's order and words for each rule. */
export const alertRuleLabels: readonly { rule: AlertRule; label: string }[] = [
  { rule: "red-flag", label: "A red flag answered" },
  { rule: "pain-stop", label: "Pain at or above the stop" },
  { rule: "morning-worse", label: "Worse the morning after a session" },
  { rule: "no-improvement", label: "No better after 2 weeks" },
  { rule: "missed-sessions", label: "Three planned sessions missed" },
  { rule: "no-check-in", label: "No check-in for three days" },
  { rule: "message", label: "A new message" },
  { rule: "measures-due", label: "Outcome measures due" },
];

/** "3 unread alerts" for the bell's accessible name; the badge shows the number only. */
export function unreadLabel(unread: number): string {
  if (unread === 0) return "Alerts, none unread";
  return `Alerts, ${unread} unread`;
}

/** The badge text: up to 99, then "99+" so it stays one small circle. */
export function unreadBadge(unread: number): string | null {
  if (unread <= 0) return null;
  return unread > 99 ? "99+" : String(unread);
}

const levelWords: Record<InboxAlert["level"], string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  warning: "Look soon",
  info: "For your information",
};

export function alertLevelWords(level: InboxAlert["level"]): string {
  return levelWords[level];
}

/** "07:00" for an hour of the day. */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

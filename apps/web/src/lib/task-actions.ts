import { isSessionKind, type PlanTask, type SessionKind } from "@backstride/domain";

/** Sessions the player can guide (timers, voice); a massage or a bike ride is only ticked off. */
const playable: readonly string[] = [
  "rehab-circuit",
  "walk-run",
  "strength",
  "mobility",
  "pool-walk",
  "ice-heat",
  "drill",
];

export interface TaskActions {
  /** "Start" opens the session player at #/session/<taskId>. */
  start: boolean;
  /** "Mark done" asks pain during and after on the card, then writes a session.completed event. */
  tick: SessionKind | null;
  /** A link instead of a session, e.g. the safety questions or the run log. */
  link: { href: string; label: string } | null;
  /** A question answered on the card itself (no Start, no Mark done): today's check-in or an earlier session's pain. */
  form: "pain-checkin" | "pain-answer" | "morning-check" | null;
}

/** What the runner can do with one of today's tasks. */
export function taskActions(task: Pick<PlanTask, "kind" | "done">): TaskActions {
  const tick = isSessionKind(task.kind) && !task.done ? task.kind : null;
  const start = playable.includes(task.kind) && !task.done;
  const none = { start: false, tick: null, link: null, form: null };
  switch (task.kind) {
    case "seek-care":
      return { ...none, link: { href: "#/clearance", label: "Record a clinician's all-clear" } };
    case "triage":
      return { ...none, link: { href: "#/triage/recheck", label: "Answer the safety questions" } };
    case "cause-finder":
      return { ...none, link: { href: "#/causes", label: "Find the likely causes" } };
    case "pain-checkin":
      // Today's reading can be given again (the latest counts), so its form stays on the card.
      return { ...none, form: "pain-checkin" };
    case "pain-answer":
    case "morning-check":
      // Once answered, the card only says so; the form would invite a second, conflicting answer.
      return { ...none, form: task.done ? null : task.kind };
    case "run":
      return { ...none, link: task.done ? null : { href: "#/log", label: "Log the run" } };
    default:
      return { ...none, start, tick };
  }
}

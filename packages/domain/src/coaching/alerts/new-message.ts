import type { LocalDate } from "../../events/events.ts";
import type { AlertCandidate } from "./alert-types.ts";

const previewCharacters = 140;

/** A message from the runner to this carer. */
export function newMessageAlert(input: { messageId: string; body: string; localDate: LocalDate }): AlertCandidate {
  const oneLine = input.body.replace(/\s+/g, " ").trim();
  return {
    rule: "message",
    key: `message:${input.messageId}`,
    level: "info",
    title: "New message",
    detail: oneLine.length > previewCharacters ? `${oneLine.slice(0, previewCharacters - 1)}…` : oneLine,
    localDate: input.localDate,
  };
}

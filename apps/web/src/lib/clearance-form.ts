/** Checks the clinician's all-clear form: who cleared the runner, and when (not in the future). */

export interface ClearanceInput {
  clinicianName: string;
  clinicianRole: string;
  /** `YYYY-MM-DD`, the day the runner was seen. */
  seenOn: string;
  notes: string;
  /** The runner's today, so a date in the future can be refused. */
  today: string;
}

export type ClearanceErrors = Partial<Record<"clinicianName" | "clinicianRole" | "seenOn" | "notes", string>>;

export function validateClearance(input: ClearanceInput): ClearanceErrors {
  const errors: ClearanceErrors = {};
  if (input.clinicianName.trim() === "") errors.clinicianName = "Enter the name of the person who saw you.";
  if (input.clinicianRole.trim() === "") errors.clinicianRole = "Choose or type their role.";
  if (`${input.clinicianName.trim()}, ${input.clinicianRole.trim()}`.length > 200) {
    errors.clinicianName = "Keep the name and role under 200 characters.";
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.seenOn)) errors.seenOn = "Enter the date you were seen.";
  else if (input.seenOn > input.today) errors.seenOn = "The date cannot be in the future.";
  if (input.notes.length > 2000) errors.notes = "Keep the note under 2,000 characters.";
  return errors;
}

/** How the clearance names the clinician in the event, e.g. "Dr Lee, sports physician". */
export function clinicianLabel(name: string, role: string): string {
  return `${name.trim()}, ${role.trim()}`;
}

/** What a carer may do with the runner's data (the server enforces it on every request). */
export type CarerRole = "view" | "adjust";

export interface Carer {
  coachId: string;
  name: string;
  email: string;
  role: CarerRole;
  since: string;
}

export const carerRoleOptions: readonly { value: CarerRole; label: string }[] = [
  { value: "view", label: "Can view" },
  { value: "adjust", label: "Can view and adjust" },
];

/** The role in plain words, for the list and the confirmation after a change. */
export function carerRoleWords(role: CarerRole): string {
  return role === "view"
    ? "sees your plan, log and pain scores, and can message you"
    : "sees your plan, log and pain scores, can message you and adjust your plan";
}

/** The roles by carer, for screens that list carers from another source (the access list). */
export function rolesByCarer(carers: readonly Pick<Carer, "coachId" | "role">[]): Map<string, CarerRole> {
  return new Map(carers.map((carer) => [carer.coachId, carer.role]));
}

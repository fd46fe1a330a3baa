import type { ImportExportResult } from "./api-types.ts";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What bringing back an export did, in one plain sentence. */
export function restoreSummary(result: ImportExportResult): string {
  const { created, duplicate, conflict } = result.events;
  const parts = [`Added ${plural(created, "entry", "entries")}`];
  if (duplicate > 0) parts.push(`${duplicate} already here`);
  if (result.shoes.created > 0) parts.push(`${plural(result.shoes.created, "pair", "pairs")} of shoes`);
  let sentence = `${parts.join(", ")}.`;
  if (result.profileUpdated) sentence += " Your settings were taken from the export.";
  if (conflict > 0) {
    sentence += ` ${plural(conflict, "entry was", "entries were")} not taken: an entry with the same id and other content is already here.`;
  }
  return sentence;
}

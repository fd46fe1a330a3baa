/** Maps free-text sport labels (GPX <type>, TCX Sport, Strava's CSV) onto Backstride's sport names. */
export function normalizeSportName(label: string | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  if (l === "") return null;
  if (l.includes("run") || l === "9") return "running";
  if (l.includes("walk")) return "walking";
  if (l.includes("hik")) return "hiking";
  if (l.includes("bik") || l.includes("cycl") || l.includes("ride") || l === "1") return "cycling";
  if (l.includes("swim")) return "swimming";
  if (l.includes("transition")) return "transition";
  return "other";
}

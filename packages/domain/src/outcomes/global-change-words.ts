/**
 * Words for the 15-point global rating of change (Jaeschke et al. 1989), as the runner chooses them:
 * "Since you started, how has your back changed?" Index 0 is -7, index 14 is +7.
 */
const labels = [
  "A very great deal worse",
  "A great deal worse",
  "Quite a bit worse",
  "Moderately worse",
  "Somewhat worse",
  "A little worse",
  "A tiny bit worse",
  "About the same",
  "A tiny bit better",
  "A little better",
  "Somewhat better",
  "Moderately better",
  "Quite a bit better",
  "A great deal better",
  "A very great deal better",
] as const;

/** The label of a rating from -7 to +7 ("+3" → "Somewhat better"). */
export function globalChangeLabel(rating: number): string {
  return labels[Math.max(-7, Math.min(7, Math.round(rating))) + 7] ?? "About the same";
}

/** Jaeschke's reading: 1-3 a small change, 4-5 moderate, 6-7 large, in either direction. */
export function globalChangeSize(rating: number): "none" | "small" | "moderate" | "large" {
  const size = Math.abs(Math.round(rating));
  return size === 0 ? "none" : size <= 3 ? "small" : size <= 5 ? "moderate" : "large";
}

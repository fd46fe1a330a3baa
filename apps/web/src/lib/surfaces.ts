import type { Surface } from "@backstride/domain";

/** Surfaces in the runner's words, in the order the Log form offers them. */
export const surfaceLabels: Record<Surface, string> = {
  asphalt: "Road (asphalt)",
  concrete: "Pavement (concrete)",
  trail: "Trail",
  track: "Track",
  treadmill: "Treadmill",
  grass: "Grass",
  mixed: "Mixed",
  unknown: "Not sure",
};

export const surfaceOptions = Object.keys(surfaceLabels) as Surface[];

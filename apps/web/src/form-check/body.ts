import { type Keypoint, type KeypointName, keypointIndex, type PoseFrame } from "./pose-types.ts";
import { median } from "./signal.ts";

/** Below this score a keypoint is treated as missing. */
export const minScore = 0.3;

export interface Point {
  x: number;
  y: number;
}

export function point(frame: PoseFrame, name: KeypointName): Keypoint | null {
  const keypoint = frame.keypoints[keypointIndex(name)];
  return keypoint && keypoint[2] >= minScore ? keypoint : null;
}

/** The midpoint of a left/right pair, or the one side that is seen (a side view often hides the other). */
export function midpoint(frame: PoseFrame, left: KeypointName, right: KeypointName): Point | null {
  const a = point(frame, left);
  const b = point(frame, right);
  if (a && b) return { x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2 };
  const one = a ?? b;
  return one ? { x: one[0], y: one[1] } : null;
}

const coreNames: KeypointName[] = [
  "leftShoulder",
  "rightShoulder",
  "leftHip",
  "rightHip",
  "leftKnee",
  "rightKnee",
  "leftAnkle",
  "rightAnkle",
];

/** A frame shows the runner when shoulders, hips, knees and ankles are mostly seen. */
export function runnerInView(frame: PoseFrame): boolean {
  const seen = coreNames.filter((name) => point(frame, name) !== null).length;
  return seen >= 6 && midpoint(frame, "leftHip", "rightHip") !== null;
}

function distance(a: Keypoint, b: Keypoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/**
 * Leg length in pixels: thigh (hip–knee) plus shank (knee–ankle), each the median over the frames where
 * both ends are seen. Every distance is divided by it, so the camera's distance and zoom drop out.
 */
export function legLengthPixels(frames: readonly PoseFrame[]): { thighPixels: number; shankPixels: number } {
  const thighs: number[] = [];
  const shanks: number[] = [];
  for (const frame of frames) {
    for (const side of ["left", "right"] as const) {
      const hip = point(frame, `${side}Hip`);
      const knee = point(frame, `${side}Knee`);
      const ankle = point(frame, `${side}Ankle`);
      if (hip && knee) thighs.push(distance(hip, knee));
      if (knee && ankle) shanks.push(distance(knee, ankle));
    }
  }
  // The 75th percentile would resist foreshortening better, but in a side view limbs stay in the image
  // plane; the median resists the model's occasional wild guesses.
  return { thighPixels: median(thighs), shankPixels: median(shanks) };
}

/**
 * +1 when the runner faces image-right, −1 when image-left: the nose is ahead of the ears.
 * Falls back to the direction the feet reach furthest.
 */
export function facingSign(frames: readonly PoseFrame[]): 1 | -1 {
  const offsets: number[] = [];
  for (const frame of frames) {
    const nose = point(frame, "nose");
    const ears = midpoint(frame, "leftEar", "rightEar");
    if (nose && ears) offsets.push(nose[0] - ears.x);
  }
  return median(offsets) < 0 ? -1 : 1;
}

export type ViewSeen = "side" | "rear" | "front";

/**
 * Which way the camera looks at the runner. From the side the shoulders overlap (their horizontal
 * gap is small against the torso's height); from behind or in front they are a torso-width apart, and
 * from behind the runner's left shoulder is on the image's left.
 */
export function viewSeen(frames: readonly PoseFrame[]): { view: ViewSeen; shoulderWidthToTorso: number } {
  const ratios: number[] = [];
  const leftOnImageLeft: number[] = [];
  for (const frame of frames) {
    const ls = point(frame, "leftShoulder");
    const rs = point(frame, "rightShoulder");
    const hips = midpoint(frame, "leftHip", "rightHip");
    if (!ls || !rs || !hips) continue;
    const torso = Math.abs(hips.y - (ls[1] + rs[1]) / 2);
    if (torso <= 0) continue;
    ratios.push(Math.abs(ls[0] - rs[0]) / torso);
    leftOnImageLeft.push(ls[0] < rs[0] ? 1 : 0);
  }
  const ratio = median(ratios);
  if (!(ratio >= 0.4)) return { view: "side", shoulderWidthToTorso: ratio };
  return { view: median(leftOnImageLeft) >= 0.5 ? "rear" : "front", shoulderWidthToTorso: ratio };
}

export function degrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

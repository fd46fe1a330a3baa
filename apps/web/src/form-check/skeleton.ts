import type { Keypoint, KeypointName } from "./pose-types.ts";
import { keypointIndex } from "./pose-types.ts";

/** The trunk and the upper limbs, drawn as labelled. */
const fixedBones: readonly (readonly [KeypointName, KeypointName])[] = [
  ["leftShoulder", "rightShoulder"],
  ["leftShoulder", "leftElbow"],
  ["rightShoulder", "rightElbow"],
  ["leftShoulder", "leftHip"],
  ["rightShoulder", "rightHip"],
  ["leftHip", "rightHip"],
  ["leftHip", "leftKnee"],
  ["rightHip", "rightKnee"],
];

function distance(a: Keypoint | undefined, b: Keypoint | undefined): number {
  return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1]) : 0;
}

/**
 * The limbs to draw. From the side the model often swaps left and right on the far limb, which would
 * draw legs crossing in an X; each shin and forearm is drawn to the nearer of the two joints instead.
 */
export function skeletonBones(keypoints: readonly Keypoint[]): (readonly [KeypointName, KeypointName])[] {
  const pairs: (readonly [KeypointName, KeypointName])[] = [...fixedBones];
  for (const [upper, lower] of [
    ["Knee", "Ankle"],
    ["Elbow", "Wrist"],
  ] as const) {
    const leftUpper = keypoints[keypointIndex(`left${upper}`)];
    const rightUpper = keypoints[keypointIndex(`right${upper}`)];
    const leftLower = keypoints[keypointIndex(`left${lower}`)];
    const rightLower = keypoints[keypointIndex(`right${lower}`)];
    const asLabelled = distance(leftUpper, leftLower) + distance(rightUpper, rightLower);
    const swapped = distance(leftUpper, rightLower) + distance(rightUpper, leftLower);
    if (swapped < asLabelled) {
      pairs.push([`left${upper}`, `right${lower}`], [`right${upper}`, `left${lower}`]);
    } else {
      pairs.push([`left${upper}`, `left${lower}`], [`right${upper}`, `right${lower}`]);
    }
  }
  return pairs;
}

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the frame worth showing: the runner, with room around, at `aspect` (width / height);
 * the whole frame when too few keypoints are sure.
 */
export function runnerCrop(input: {
  keypoints: readonly Keypoint[];
  videoWidthPixels: number;
  videoHeightPixels: number;
  minScore: number;
  aspect: number;
}): CropRect {
  const sure = input.keypoints.filter((keypoint) => keypoint[2] >= input.minScore);
  const whole = { x: 0, y: 0, width: input.videoWidthPixels, height: input.videoHeightPixels };
  if (sure.length < 6) return whole;
  const xs = sure.map((keypoint) => keypoint[0]);
  const ys = sure.map((keypoint) => keypoint[1]);
  const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const centreY = (Math.min(...ys) + Math.max(...ys)) / 2;
  // The head's top and the feet reach past the nose and ankle keypoints.
  let height = (Math.max(...ys) - Math.min(...ys)) * 1.35;
  let width = Math.max((Math.max(...xs) - Math.min(...xs)) * 1.35, height * input.aspect);
  height = width / input.aspect;
  width = Math.min(width, input.videoWidthPixels);
  height = Math.min(height, input.videoHeightPixels);
  const x = Math.min(Math.max(centreX - width / 2, 0), input.videoWidthPixels - width);
  const y = Math.min(Math.max(centreY - height / 2, 0), input.videoHeightPixels - height);
  return { x, y, width, height };
}

/** Draws the cropped video frame and the skeleton over it, scaled to the canvas. */
export function drawSkeleton(input: {
  canvas: HTMLCanvasElement;
  frame: CanvasImageSource;
  keypoints: readonly Keypoint[];
  crop: CropRect;
  minScore: number;
}): void {
  const { canvas, crop } = input;
  const context = canvas.getContext("2d");
  if (!context) return;
  const scale = canvas.width / crop.width;
  context.drawImage(input.frame, crop.x, crop.y, crop.width, crop.height, 0, 0, canvas.width, canvas.height);
  const at = (name: KeypointName) => {
    const keypoint = input.keypoints[keypointIndex(name)];
    return keypoint && keypoint[2] >= input.minScore
      ? { x: (keypoint[0] - crop.x) * scale, y: (keypoint[1] - crop.y) * scale }
      : null;
  };
  context.lineCap = "round";
  // A dark outline under a bright line reads on any background, light or dark.
  for (const [width, colour] of [
    [7, "rgba(0, 0, 0, 0.65)"],
    [3.5, "#c6ff3d"],
  ] as const) {
    context.lineWidth = width;
    context.strokeStyle = colour;
    for (const [from, to] of skeletonBones(input.keypoints)) {
      const a = at(from);
      const b = at(to);
      if (!a || !b) continue;
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    }
  }
  context.fillStyle = "#ffffff";
  context.strokeStyle = "rgba(0, 0, 0, 0.8)";
  context.lineWidth = 2;
  for (const keypoint of input.keypoints) {
    if (keypoint[2] < input.minScore) continue;
    context.beginPath();
    context.arc((keypoint[0] - crop.x) * scale, (keypoint[1] - crop.y) * scale, 4, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}

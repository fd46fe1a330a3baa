import type { Keypoint, KeypointName } from "./pose-types.ts";
import { keypointIndex } from "./pose-types.ts";

/** The limbs drawn over the landing frame. */
export const bones: readonly (readonly [KeypointName, KeypointName])[] = [
  ["leftShoulder", "rightShoulder"],
  ["leftShoulder", "leftElbow"],
  ["leftElbow", "leftWrist"],
  ["rightShoulder", "rightElbow"],
  ["rightElbow", "rightWrist"],
  ["leftShoulder", "leftHip"],
  ["rightShoulder", "rightHip"],
  ["leftHip", "rightHip"],
  ["leftHip", "leftKnee"],
  ["leftKnee", "leftAnkle"],
  ["rightHip", "rightKnee"],
  ["rightKnee", "rightAnkle"],
];

/** Draws the video frame and the skeleton over it, scaled to the canvas. */
export function drawSkeleton(input: {
  canvas: HTMLCanvasElement;
  frame: CanvasImageSource;
  keypoints: readonly Keypoint[];
  videoWidthPixels: number;
  videoHeightPixels: number;
  minScore: number;
}): void {
  const { canvas } = input;
  const context = canvas.getContext("2d");
  if (!context) return;
  const scale = canvas.width / input.videoWidthPixels;
  context.drawImage(input.frame, 0, 0, canvas.width, canvas.height);
  const at = (name: KeypointName) => {
    const keypoint = input.keypoints[keypointIndex(name)];
    return keypoint && keypoint[2] >= input.minScore ? { x: keypoint[0] * scale, y: keypoint[1] * scale } : null;
  };
  context.lineCap = "round";
  // A dark outline under a bright line reads on any background, light or dark.
  for (const [width, colour] of [
    [7, "rgba(0, 0, 0, 0.65)"],
    [3.5, "#c6ff3d"],
  ] as const) {
    context.lineWidth = width;
    context.strokeStyle = colour;
    for (const [from, to] of bones) {
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
    context.arc(keypoint[0] * scale, keypoint[1] * scale, 4, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  }
}

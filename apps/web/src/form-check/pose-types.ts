/**
 * The pose vocabulary shared by the browser pipeline and the pure gait code. MoveNet's 17 COCO keypoints,
 * in this order; positions are video pixels (x right, y down), score 0–1.
 */
export const keypointNames = [
  "nose",
  "leftEye",
  "rightEye",
  "leftEar",
  "rightEar",
  "leftShoulder",
  "rightShoulder",
  "leftElbow",
  "rightElbow",
  "leftWrist",
  "rightWrist",
  "leftHip",
  "rightHip",
  "leftKnee",
  "rightKnee",
  "leftAnkle",
  "rightAnkle",
] as const;
export type KeypointName = (typeof keypointNames)[number];

/** `[xPixels, yPixels, score0to1]`, compact so a recorded clip stays a small JSON file. */
export type Keypoint = readonly [number, number, number];

export interface PoseFrame {
  /** Seconds from the start of the video. */
  timeSeconds: number;
  /** One entry per name in `keypointNames`, same order. */
  keypoints: readonly Keypoint[];
}

export interface PoseSeries {
  videoWidthPixels: number;
  videoHeightPixels: number;
  frames: readonly PoseFrame[];
}

export function keypointIndex(name: KeypointName): number {
  return keypointNames.indexOf(name);
}

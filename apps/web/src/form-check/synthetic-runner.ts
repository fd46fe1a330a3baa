import { type Keypoint, keypointNames, type PoseFrame, type PoseSeries } from "./pose-types.ts";

/**
 * Keypoint series of a made-up runner with a known cadence, lean and hip drop, for the tests: the gait
 * code must find what was put in. Geometry in pixels of a 720×1280 portrait video.
 */
export interface SyntheticRunner {
  cadenceStepsPerMinute: number;
  durationSeconds: number;
  view: "side" | "rear";
  /** Side view: +1 runs toward image-right, −1 toward image-left. */
  facing?: 1 | -1;
  trunkLeanDegrees?: number;
  /** Rear view: the hip line's tilt either way, degrees. */
  pelvicDropDegrees?: number;
  /** Random jitter added to every keypoint, pixels (seeded: the same series every run). */
  noisePixels?: number;
  /** Score given to every keypoint; below 0.3 the runner counts as not seen. */
  score?: number;
  frameRateHz?: number;
}

function seededNoise(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

const thighPixels = 150;
const shankPixels = 140;
const torsoPixels = 180;

export function syntheticRunner(runner: SyntheticRunner): PoseSeries {
  const rate = runner.frameRateHz ?? 30;
  const facing = runner.facing ?? 1;
  const lean = ((runner.trunkLeanDegrees ?? 5) * Math.PI) / 180;
  const drop = ((runner.pelvicDropDegrees ?? 0) * Math.PI) / 180;
  const score = runner.score ?? 0.8;
  const noise = seededNoise(42);
  const jitter = () => noise() * 2 * (runner.noisePixels ?? 0);
  const strideHz = runner.cadenceStepsPerMinute / 120;
  const frames: PoseFrame[] = [];
  for (let i = 0; i < Math.round(runner.durationSeconds * rate); i++) {
    const t = (i + 0.5) / rate;
    const phase = 2 * Math.PI * strideHz * t;
    const hipY = 700 - 12 * Math.cos(2 * phase);
    const points: Record<string, [number, number]> = {};
    if (runner.view === "side") {
      const hipX = 360;
      for (const [side, offset] of [
        ["left", 0],
        ["right", Math.PI],
      ] as const) {
        const legPhase = phase + offset;
        // Furthest forward at legPhase = π/2 (the landing), then on the ground for about a third of the stride.
        const ankleAhead = 110 * Math.sin(legPhase);
        const sinceLanding = (((legPhase - Math.PI / 2) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
        const lift =
          sinceLanding < 0.7 * Math.PI
            ? 0
            : 70 * Math.sin(((sinceLanding - 0.7 * Math.PI) / (1.3 * Math.PI)) * Math.PI);
        points[`${side}Hip`] = [hipX + (side === "left" ? -6 : 6), hipY];
        points[`${side}Knee`] = [hipX + facing * 55 * Math.sin(legPhase + 0.4), hipY + thighPixels - 10];
        points[`${side}Ankle`] = [hipX + facing * ankleAhead, 700 + thighPixels + shankPixels - lift];
      }
      const shoulderX = hipX + facing * torsoPixels * Math.sin(lean);
      const shoulderY = hipY - torsoPixels * Math.cos(lean);
      points.leftShoulder = [shoulderX - 8, shoulderY];
      points.rightShoulder = [shoulderX + 8, shoulderY];
      points.nose = [shoulderX + facing * 35, shoulderY - 70];
      points.leftEar = [shoulderX - facing * 5, shoulderY - 75];
      points.rightEar = [shoulderX - facing * 3, shoulderY - 75];
      points.leftEye = [shoulderX + facing * 25, shoulderY - 80];
      points.rightEye = [shoulderX + facing * 25, shoulderY - 80];
      points.leftElbow = [shoulderX - facing * 30 * Math.sin(phase), shoulderY + 100];
      points.rightElbow = [shoulderX + facing * 30 * Math.sin(phase), shoulderY + 100];
      points.leftWrist = [shoulderX - facing * 50 * Math.sin(phase), shoulderY + 150];
      points.rightWrist = [shoulderX + facing * 50 * Math.sin(phase), shoulderY + 150];
    } else {
      // From behind: the runner's left is on the image's left; the swing side's hip drops.
      // Hips 80 px apart: each moves half the height difference.
      const tilt = 40 * Math.tan(drop) * Math.sin(phase);
      points.leftHip = [320, hipY + tilt];
      points.rightHip = [400, hipY - tilt];
      for (const [side, x, offset] of [
        ["left", 335, 0],
        ["right", 385, Math.PI],
      ] as const) {
        const lift = Math.max(0, 60 * Math.sin(phase + offset));
        points[`${side}Knee`] = [x, hipY + thighPixels - lift / 2];
        points[`${side}Ankle`] = [x, 700 + thighPixels + shankPixels - lift];
      }
      points.leftShoulder = [300, hipY - torsoPixels];
      points.rightShoulder = [420, hipY - torsoPixels];
      points.nose = [360, hipY - torsoPixels - 70];
      points.leftEar = [335, hipY - torsoPixels - 75];
      points.rightEar = [385, hipY - torsoPixels - 75];
      points.leftEye = [345, hipY - torsoPixels - 80];
      points.rightEye = [375, hipY - torsoPixels - 80];
      points.leftElbow = [280, hipY - 80];
      points.rightElbow = [440, hipY - 80];
      points.leftWrist = [290, hipY - 20];
      points.rightWrist = [430, hipY - 20];
    }
    const keypoints: Keypoint[] = keypointNames.map((name) => {
      const [x, y] = points[name] ?? [0, 0];
      return [x + jitter(), y + jitter(), score] as const;
    });
    frames.push({ timeSeconds: t, keypoints });
  }
  return { videoWidthPixels: 720, videoHeightPixels: 1280, frames };
}

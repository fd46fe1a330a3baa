import { onEvenGrid } from "./frame-grid.ts";
import { createPoseEstimator } from "./pose-estimator.ts";
import type { PoseFrame, PoseSeries } from "./pose-types.ts";
import { frameTimes, type OpenedVideo } from "./video-frames.ts";

/**
 * Runs the pose model over a window of an opened video and returns the keypoint series. This module and
 * the model are the heavy part of the form check; the screen imports it lazily.
 */
export async function trackPoses(input: {
  video: OpenedVideo;
  startSeconds: number;
  endSeconds: number;
  /** Called after each frame with the share done, 0–1. */
  onProgress?: (share0to1: number) => void;
  signal?: AbortSignal;
}): Promise<PoseSeries> {
  const { video } = input;
  const estimator = await createPoseEstimator();
  const frames: PoseFrame[] = [];
  const windowSeconds = Math.max(input.endSeconds - input.startSeconds, 1e-3);
  for await (const timeSeconds of frameTimes(video.element, input.startSeconds, input.endSeconds)) {
    input.signal?.throwIfAborted();
    const keypoints = estimator.estimate(video.element, video.widthPixels, video.heightPixels);
    frames.push({ timeSeconds, keypoints });
    if (frames.length % 10 === 0) {
      input.onProgress?.((timeSeconds - input.startSeconds) / windowSeconds);
      // Let the progress bar paint between batches of frames.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  input.onProgress?.(1);
  return { videoWidthPixels: video.widthPixels, videoHeightPixels: video.heightPixels, frames: onEvenGrid(frames) };
}

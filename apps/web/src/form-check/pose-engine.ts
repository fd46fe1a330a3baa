import { createPoseEstimator } from "./pose-estimator.ts";
import type { PoseFrame, PoseSeries } from "./pose-types.ts";
import { type OpenedVideo, sampleTimes, seekTo } from "./video-frames.ts";

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
  const times = sampleTimes(input.startSeconds, input.endSeconds);
  const frames: PoseFrame[] = [];
  let seeking = times[0] === undefined ? Promise.resolve() : seekTo(video.element, times[0]);
  for (const [i, time] of times.entries()) {
    input.signal?.throwIfAborted();
    await seeking;
    const next = times[i + 1];
    // The decoder seeks to the next frame on its own thread while the model works on this one.
    const keypoints = estimator.estimate(video.element, video.widthPixels, video.heightPixels, () => {
      seeking = next === undefined ? Promise.resolve() : seekTo(video.element, next);
    });
    frames.push({ timeSeconds: time, keypoints });
    if (i % 10 === 9) {
      input.onProgress?.(i / times.length);
      // Let the progress bar paint between batches of frames.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  input.onProgress?.(1);
  return { videoWidthPixels: video.widthPixels, videoHeightPixels: video.heightPixels, frames };
}

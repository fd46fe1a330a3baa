import { analyzeForm, type FilmedView, type FormAnalysis } from "./form-analysis.ts";
import type { PoseSeries } from "./pose-types.ts";
import type { OpenedVideo } from "./video-frames.ts";

/** The longest window analysed: enough steps for stable medians, and a bounded wait on a slow phone. */
export const longestWindowSeconds = 20;

/**
 * The whole check on the device: the pose model (loaded on first use, then from the service worker's
 * cache) over the trimmed window, then the pure gait analysis.
 */
export async function runFormCheck(input: {
  video: OpenedVideo;
  startSeconds: number;
  endSeconds: number;
  filmed: FilmedView;
  onProgress: (share0to1: number) => void;
  signal?: AbortSignal;
}): Promise<{ analysis: FormAnalysis; series: PoseSeries }> {
  const { trackPoses } = await import("./pose-engine.ts");
  const endSeconds = Math.min(input.endSeconds, input.startSeconds + longestWindowSeconds);
  const series = await trackPoses({
    video: input.video,
    startSeconds: input.startSeconds,
    endSeconds,
    onProgress: input.onProgress,
    ...(input.signal ? { signal: input.signal } : {}),
  });
  return { analysis: analyzeForm({ series, filmed: input.filmed }), series };
}

/**
 * Reads a video the runner picked or recorded, frame by frame, on the device: the file is read from an
 * object URL and never uploaded.
 */

export interface OpenedVideo {
  element: HTMLVideoElement;
  durationSeconds: number;
  widthPixels: number;
  heightPixels: number;
  close: () => void;
}

function once(target: HTMLVideoElement, okEvent: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = () => {
      target.removeEventListener("error", fail);
      resolve();
    };
    const fail = () => {
      target.removeEventListener(okEvent, ok);
      reject(new Error("This video could not be read here. Try an MP4 or WebM file."));
    };
    target.addEventListener(okEvent, ok, { once: true });
    target.addEventListener("error", fail, { once: true });
  });
}

export async function openVideo(file: Blob): Promise<OpenedVideo> {
  const url = URL.createObjectURL(file);
  const element = document.createElement("video");
  element.muted = true;
  element.playsInline = true;
  element.preload = "auto";
  const loaded = once(element, "loadeddata");
  element.src = url;
  try {
    await loaded;
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return {
    element,
    durationSeconds: Number.isFinite(element.duration) ? element.duration : 0,
    widthPixels: element.videoWidth,
    heightPixels: element.videoHeight,
    close: () => {
      element.removeAttribute("src");
      element.load();
      URL.revokeObjectURL(url);
    },
  };
}

export async function seekTo(video: HTMLVideoElement, timeSeconds: number): Promise<void> {
  if (Math.abs(video.currentTime - timeSeconds) < 1e-4) return;
  const seeked = once(video, "seeked");
  video.currentTime = timeSeconds;
  await seeked;
}

/**
 * Plays the window frame by frame: play until the next frame is shown, pause on it, let the caller work,
 * play on. Playing decodes each frame once; seeking to every frame would decode from the last keyframe
 * each time (seconds of video for a long keyframe interval), which measured 2–3× slower.
 * Yields each frame's presentation time; a frame the browser skipped is simply not yielded.
 */
/** Seeking frame by frame at 30 a second: slower, for browsers without requestVideoFrameCallback. */
async function* seekFrames(video: HTMLVideoElement, startSeconds: number, endSeconds: number): AsyncGenerator<number> {
  // Half a frame in, so each time lands inside a frame rather than on its edge.
  for (let t = startSeconds + 0.5 / 30; t < endSeconds; t += 1 / 30) {
    await seekTo(video, t);
    yield t;
  }
}

/** The frames of a window, by the fastest way this browser has; each yield is the shown frame's time. */
export function frameTimes(video: HTMLVideoElement, startSeconds: number, endSeconds: number): AsyncGenerator<number> {
  return "requestVideoFrameCallback" in video
    ? playFrames(video, startSeconds, endSeconds)
    : seekFrames(video, startSeconds, endSeconds);
}

async function* playFrames(video: HTMLVideoElement, startSeconds: number, endSeconds: number): AsyncGenerator<number> {
  await seekTo(video, startSeconds);
  // Faster than real time: the pause on each frame is what paces it, not the clock.
  video.playbackRate = 2;
  try {
    for (;;) {
      const mediaTime = await new Promise<number | null>((resolve, reject) => {
        if (video.ended) return resolve(null);
        const onEnded = () => resolve(null);
        video.addEventListener("ended", onEnded, { once: true });
        video.requestVideoFrameCallback((_now, metadata) => {
          video.pause();
          video.removeEventListener("ended", onEnded);
          resolve(metadata.mediaTime);
        });
        video.play().catch(reject);
      });
      if (mediaTime === null || mediaTime > endSeconds) return;
      if (mediaTime >= startSeconds) yield mediaTime;
    }
  } finally {
    video.pause();
    video.playbackRate = 1;
  }
}

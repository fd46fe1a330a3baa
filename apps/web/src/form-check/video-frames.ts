/**
 * Steps through a video the runner picked or recorded, one frame at a time, on the device: the file is
 * read from an object URL and never uploaded. Seeking (rather than playing) keeps every frame even when
 * the pose model is slower than real time.
 */
export const sampleRateHz = 30;

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

/** The sample times of a window, half a frame in so each lands inside a frame rather than on an edge. */
export function sampleTimes(startSeconds: number, endSeconds: number): number[] {
  const times: number[] = [];
  for (let t = startSeconds + 0.5 / sampleRateHz; t < endSeconds; t += 1 / sampleRateHz) times.push(t);
  return times;
}

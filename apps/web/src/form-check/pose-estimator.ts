import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { type GraphModel, loadGraphModel } from "@tensorflow/tfjs-converter";
import { dispose, env, ready, setBackend, type Tensor, tensor4d } from "@tensorflow/tfjs-core";
import { type Keypoint, keypointNames, type PoseFrame } from "./pose-types.ts";

/**
 * MoveNet SinglePose Lightning (TensorFlow.js graph model from @vladmandic/human's package) on the
 * WebAssembly backend: phones without a usable GPU, and headless test browsers, still run it at a few
 * dozen frames a second. Loaded only when the runner opens the form check.
 */
const assetBase = `${import.meta.env.BASE_URL}form-check/`;
const inputSizePixels = 192;
/** Below this a keypoint is a guess; the crop follows only keypoints the model is sure of. */
const trackingScore = 0.3;

export interface PoseEstimator {
  /** Keypoints of the one runner in the frame, in source pixels. */
  estimate: (source: CanvasImageSource, widthPixels: number, heightPixels: number) => Keypoint[];
}

interface CropBox {
  x: number;
  y: number;
  side: number;
}

let modelPromise: Promise<GraphModel> | null = null;

async function loadModel(): Promise<GraphModel> {
  setWasmPaths(assetBase);
  // The engine's own checks cost time on every op; the graph is fixed and known to be well formed.
  env().set("PROD", true);
  if (!(await setBackend("wasm"))) throw new Error("This browser cannot run the pose model (no WebAssembly).");
  await ready();
  return await loadGraphModel(`${assetBase}movenet-lightning.json`);
}

/** The whole frame letterboxed into a square: where tracking starts and where it falls back to. */
function wholeFrame(widthPixels: number, heightPixels: number): CropBox {
  const side = Math.max(widthPixels, heightPixels);
  return { x: (widthPixels - side) / 2, y: (heightPixels - side) / 2, side };
}

/** A square around the confident keypoints with room for the limbs to swing before the next frame. */
function cropAround(keypoints: Keypoint[], widthPixels: number, heightPixels: number): CropBox {
  const sure = keypoints.filter((point) => point[2] >= trackingScore);
  if (sure.length < 8) return wholeFrame(widthPixels, heightPixels);
  const xs = sure.map((point) => point[0]);
  const ys = sure.map((point) => point[1]);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const side = Math.max(maxX - minX, maxY - minY) * 1.4;
  const full = wholeFrame(widthPixels, heightPixels);
  if (side >= full.side) return full;
  return { x: (minX + maxX) / 2 - side / 2, y: (minY + maxY) / 2 - side / 2, side };
}

export async function createPoseEstimator(): Promise<PoseEstimator> {
  modelPromise ??= loadModel();
  const model = await modelPromise;
  const canvas = document.createElement("canvas");
  canvas.width = inputSizePixels;
  canvas.height = inputSizePixels;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("This browser cannot read video frames.");
  let previous: Keypoint[] | null = null;

  function grab(source: CanvasImageSource, box: CropBox): Int32Array {
    const pixels = new Int32Array(inputSizePixels * inputSizePixels * 3);
    if (!context) return pixels;
    context.fillStyle = "#000";
    context.fillRect(0, 0, inputSizePixels, inputSizePixels);
    // drawImage clips a source rectangle that leaves the frame, which pads the square with black.
    context.drawImage(source, box.x, box.y, box.side, box.side, 0, 0, inputSizePixels, inputSizePixels);
    const rgba = context.getImageData(0, 0, inputSizePixels, inputSizePixels).data;
    for (let pixel = 0, at = 0; pixel < rgba.length; pixel += 4) {
      pixels[at++] = rgba[pixel] ?? 0;
      pixels[at++] = rgba[pixel + 1] ?? 0;
      pixels[at++] = rgba[pixel + 2] ?? 0;
    }
    return pixels;
  }

  function infer(pixels: Int32Array, box: CropBox): Keypoint[] {
    const tensor = tensor4d(pixels, [1, inputSizePixels, inputSizePixels, 3], "int32");
    const output = model.execute(tensor) as Tensor;
    // [1, 1, 17, 3] of (y, x, score), normalised to the square crop.
    const values = output.dataSync();
    dispose([tensor, output]);
    return keypointNames.map((_, i) => {
      const y = values[i * 3] ?? 0;
      const x = values[i * 3 + 1] ?? 0;
      const score = values[i * 3 + 2] ?? 0;
      return [box.x + x * box.side, box.y + y * box.side, score] as const;
    });
  }

  return {
    estimate(source, widthPixels, heightPixels) {
      const whole = wholeFrame(widthPixels, heightPixels);
      let box = previous ? cropAround(previous, widthPixels, heightPixels) : whole;
      // A look at the whole frame finds the runner (at the start, or after losing them); a second,
      // closer look measures them.
      if (box.side === whole.side) box = cropAround(infer(grab(source, whole), whole), widthPixels, heightPixels);
      const pixels = grab(source, box);
      const keypoints = infer(pixels, box);
      previous = keypoints;
      return keypoints;
    },
  };
}

export type { PoseFrame };

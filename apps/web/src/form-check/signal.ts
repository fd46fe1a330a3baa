/** Small numeric helpers for keypoint time series. Pure; no browser. */

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

/** Linear-interpolated percentile, `share` 0–1; NaN for no values. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * share;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? a;
  return a + (b - a) * (at - low);
}

/**
 * Fills gaps (NaN) by linear interpolation between the nearest known samples; ends take the nearest
 * known value. A series with no known sample stays NaN.
 */
export function fillGaps(values: readonly number[]): number[] {
  const out = [...values];
  const known = out.flatMap((value, i) => (Number.isFinite(value) ? [i] : []));
  if (known.length === 0) return out;
  for (let i = 0; i < out.length; i++) {
    if (Number.isFinite(out[i])) continue;
    const after = known.find((k) => k > i);
    const before = [...known].reverse().find((k) => k < i);
    if (before === undefined && after !== undefined) out[i] = out[after] ?? Number.NaN;
    else if (after === undefined && before !== undefined) out[i] = out[before] ?? Number.NaN;
    else if (before !== undefined && after !== undefined) {
      const a = out[before] ?? 0;
      const b = out[after] ?? 0;
      out[i] = a + ((b - a) * (i - before)) / (after - before);
    }
  }
  return out;
}

/** Centred moving average over `2 * halfWidth + 1` samples (fewer at the ends). */
export function smooth(values: readonly number[], halfWidth: number): number[] {
  return values.map((_, i) => {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - halfWidth); j <= Math.min(values.length - 1, i + halfWidth); j++) {
      sum += values[j] ?? 0;
      count++;
    }
    return sum / count;
  });
}

/**
 * The period (in samples) of the strongest repetition between `minLag` and `maxLag`, from the
 * normalised autocorrelation, refined between samples; `strength` is that autocorrelation (1 = perfectly
 * periodic). Null when the series is flat.
 */
export function dominantPeriod(
  values: readonly number[],
  minLag: number,
  maxLag: number,
): { periodSamples: number; strength: number } | null {
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  const centred = values.map((value) => value - mean);
  const energy = centred.reduce((sum, value) => sum + value * value, 0);
  if (energy === 0) return null;
  const correlation = (lag: number) => {
    let sum = 0;
    for (let i = 0; i + lag < centred.length; i++) sum += (centred[i] ?? 0) * (centred[i + lag] ?? 0);
    // Scaled for the shorter overlap, so long lags are not penalised.
    return (sum / energy) * (centred.length / Math.max(centred.length - lag, 1));
  };
  let best = -1;
  let bestLag = -1;
  for (let lag = Math.max(1, minLag); lag <= Math.min(maxLag, values.length - 2); lag++) {
    const value = correlation(lag);
    const isLocalPeak = value >= correlation(lag - 1) && value >= correlation(lag + 1);
    if (isLocalPeak && value > best) {
      best = value;
      bestLag = lag;
    }
  }
  if (bestLag < 0) return null;
  const before = correlation(bestLag - 1);
  const after = correlation(bestLag + 1);
  const curvature = before - 2 * best + after;
  const offset = curvature === 0 ? 0 : (0.5 * (before - after)) / curvature;
  return { periodSamples: bestLag + Math.max(-0.5, Math.min(0.5, offset)), strength: best };
}

/**
 * Local maxima at least `minSeparation` samples apart and rising at least `minProminence` above the
 * lowest point between them and the previous kept peak; each refined between samples (parabola).
 */
export function findPeaks(values: readonly number[], minSeparation: number, minProminence: number): number[] {
  const candidates: number[] = [];
  for (let i = 1; i < values.length - 1; i++) {
    const value = values[i] ?? 0;
    if (value > (values[i - 1] ?? 0) && value >= (values[i + 1] ?? 0)) candidates.push(i);
  }
  // The highest first, so a small wobble never wins over the real peak beside it.
  const byHeight = [...candidates].sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0));
  const kept: number[] = [];
  for (const index of byHeight) {
    if (kept.some((other) => Math.abs(other - index) < minSeparation)) continue;
    kept.push(index);
  }
  kept.sort((a, b) => a - b);
  const prominent = kept.filter((index, k) => {
    const previous = kept[k - 1];
    const next = kept[k + 1];
    const troughBefore = previous === undefined ? Number.NaN : Math.min(...values.slice(previous, index + 1));
    const troughAfter = next === undefined ? Number.NaN : Math.min(...values.slice(index, next + 1));
    const trough = Math.max(
      Number.isFinite(troughBefore) ? troughBefore : Number.NEGATIVE_INFINITY,
      Number.isFinite(troughAfter) ? troughAfter : Number.NEGATIVE_INFINITY,
    );
    return !Number.isFinite(trough) || (values[index] ?? 0) - trough >= minProminence;
  });
  return prominent.map((index) => {
    const before = values[index - 1] ?? 0;
    const at = values[index] ?? 0;
    const after = values[index + 1] ?? 0;
    const curvature = before - 2 * at + after;
    const offset = curvature === 0 ? 0 : (0.5 * (before - after)) / curvature;
    return index + Math.max(-0.5, Math.min(0.5, offset));
  });
}

/** Peak-to-peak size of the component of `values` at one frequency (least squares fit of a sinusoid). */
export function sinusoidPeakToPeak(values: readonly number[], periodSamples: number): number {
  let sin = 0;
  let cos = 0;
  const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);
  for (const [i, value] of values.entries()) {
    const phase = (2 * Math.PI * i) / periodSamples;
    sin += (value - mean) * Math.sin(phase);
    cos += (value - mean) * Math.cos(phase);
  }
  const amplitude = (2 / Math.max(values.length, 1)) * Math.hypot(sin, cos);
  return 2 * amplitude;
}

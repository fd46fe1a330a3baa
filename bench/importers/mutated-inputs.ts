/**
 * Damaged copies of real files for the per-call time check: bit flips, cuts, inserted and deleted
 * runs, chosen by a fixed-seed generator so every run of the benchmark times the same inputs.
 */
export function mutatedInputs(
  originals: [string, Uint8Array][],
  count: number,
  seed = 20261125,
): [string, Uint8Array][] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const out: [string, Uint8Array][] = [];
  for (let n = 0; n < count; n++) {
    const [name, original] = originals[Math.floor(next() * originals.length)] as [string, Uint8Array];
    let bytes = original;
    const edits = 1 + Math.floor(next() * 5);
    for (let e = 0; e < edits; e++) bytes = mutateOnce(bytes, next);
    out.push([`${name} (mutation ${n})`, bytes]);
  }
  return out;
}

function mutateOnce(bytes: Uint8Array, next: () => number): Uint8Array {
  const at = Math.floor(next() * bytes.length);
  const kind = Math.floor(next() * 4);
  if (kind === 0) {
    const out = bytes.slice();
    out[at] = (out[at] as number) ^ (1 << Math.floor(next() * 8));
    return out;
  }
  if (kind === 1) return bytes.slice(0, at);
  if (kind === 2) {
    const insert = Uint8Array.from({ length: 1 + Math.floor(next() * 16) }, () => Math.floor(next() * 256));
    const out = new Uint8Array(bytes.length + insert.length);
    out.set(bytes.subarray(0, at));
    out.set(insert, at);
    out.set(bytes.subarray(at), at + insert.length);
    return out;
  }
  const end = Math.min(bytes.length, at + 1 + Math.floor(next() * 16));
  const out = new Uint8Array(bytes.length - (end - at));
  out.set(bytes.subarray(0, at));
  out.set(bytes.subarray(end), at);
  return out;
}

import type { ImportCapacity } from "../config/import-capacity.ts";
import { ApiError } from "../http/api-error.ts";

/**
 * Admission for uploads: a bounded number in flight per account and in total, so concurrent large
 * uploads cannot add up to gigabytes of temporary files, buffers and queued decoding.
 */
export class UploadSlots {
  private total = 0;
  private readonly byUser = new Map<string, number>();

  constructor(private readonly capacity: Pick<ImportCapacity, "uploadsPerUser" | "uploadsTotal">) {}

  /** Takes a slot or answers 429 (this account has enough in flight) / 503 (the server has). Returns the release. */
  acquire(userId: string): () => void {
    const mine = this.byUser.get(userId) ?? 0;
    if (mine >= this.capacity.uploadsPerUser) {
      throw new ApiError(
        429,
        "rate_limited",
        `you already have ${mine} upload${mine === 1 ? "" : "s"} in progress; wait for ${mine === 1 ? "it" : "them"} to finish and try again`,
      );
    }
    if (this.total >= this.capacity.uploadsTotal) {
      throw new ApiError(503, "unavailable", "the server is busy importing other uploads; try again in a minute");
    }
    this.total += 1;
    this.byUser.set(userId, mine + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.byUser.get(userId) ?? 1) - 1;
      if (left === 0) this.byUser.delete(userId);
      else this.byUser.set(userId, left);
    };
  }

  get inFlight(): number {
    return this.total;
  }
}

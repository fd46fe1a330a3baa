import type { UnchangedPage } from "../repositories/roster-repository.ts";

/** A roster page as sent: UTF-8 JSON, and the same gzipped when it is long enough to gain from it. */
export interface RosterBody {
  bytes: Buffer;
  gzipped: Buffer | undefined;
}

/** A rendered page kept for the coach's next view of it, with what that view must find unchanged. */
export interface RenderedRosterPage {
  body: RosterBody;
  /** The runners it shows, in order: the audit row of each view that shows it again. */
  runnerIds: readonly string[];
  /** What the database must still hold for the page to be shown again (roster-repository.ts). */
  unchanged: UnchangedPage;
  /**
   * The first instant (UTC ISO) the page may read differently with nothing written: a runner's day
   * (`today`) ends in their zone, or one of the coach's lines goes stale.
   */
  validUntil: string;
}

/**
 * Rendered roster pages by coach and page (sort, size, offset), least recently used dropped first once
 * their bytes pass `capacityBytes`. Only ever a hint: every view that uses one checks it against the
 * database first (RosterService.rosterBody), so a page kept by this process stays right whatever another
 * process writes. A capacity of 0 keeps nothing.
 */
export class RenderedRosterPages {
  private readonly pages = new Map<string, RenderedRosterPage>();
  private keptBytes = 0;

  constructor(private readonly capacityBytes: number) {}

  /** False when the capacity is 0: nothing is kept, and callers need not prepare pages for keeping. */
  get keepsAny(): boolean {
    return this.capacityBytes > 0;
  }

  static key(coachId: string, page: { sort: string; limit: number; offset: number }): string {
    return `${coachId}|${page.sort}|${page.limit}|${page.offset}`;
  }

  get(key: string): RenderedRosterPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Map keeps insertion order: moving the page to the end makes the first entry the least recently used.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: RenderedRosterPage): void {
    this.delete(key);
    const bytes = sizeOf(page);
    if (bytes > this.capacityBytes) return;
    this.pages.set(key, page);
    this.keptBytes += bytes;
    for (const [oldestKey] of this.pages) {
      if (this.keptBytes <= this.capacityBytes) break;
      this.delete(oldestKey);
    }
  }

  delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.keptBytes -= sizeOf(page);
  }

  /** Pages and bytes kept now. */
  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.keptBytes };
  }
}

/** The page's bodies and its runner list (37 bytes an id with its separator), roughly as held in memory. */
function sizeOf(page: RenderedRosterPage): number {
  return page.body.bytes.byteLength + (page.body.gzipped?.byteLength ?? 0) + 37 * page.runnerIds.length;
}

import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { ImportFileResult } from "@backstride/api-contract";
import { ImportError, type ImportResult } from "@backstride/importers";
import type { Repositories } from "../repositories/repositories.ts";
import type { Clock } from "./clock.ts";
import { sha256Hex } from "./crypto-tools.ts";
import type { ImportsService } from "./imports-service.ts";

/**
 * Archives are imported in the background. The job (with the archive bytes) lives in the database and
 * is held through a lease that the worker renews as it goes: if the process stops, the lease runs out
 * and this or any other instance picks the job up again, skipping the entries already done. The
 * archive is decoded in a worker thread; this process works on `capacity.runningJobs` jobs at once,
 * and the others wait, queued, for a free place.
 */
export class ImportJobRunner {
  private readonly running = new Map<string, Promise<void>>();
  /** Jobs this process took in while full, launched as places free up (the sweep finds any others). */
  private readonly waiting: string[] = [];
  private sweepTimer: NodeJS.Timeout | null = null;
  private firstSweep: Promise<void> = Promise.resolve();

  constructor(
    private readonly repositories: Repositories,
    private readonly imports: ImportsService,
    private readonly clock: Clock,
    private readonly leaseSeconds = 60,
    private readonly sweepEverySeconds = 15,
  ) {}

  /** Resumes unfinished jobs now and keeps looking for abandoned ones. */
  start(): void {
    this.firstSweep = this.sweep();
    this.sweepTimer ??= setInterval(() => void this.sweep(), this.sweepEverySeconds * 1000);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    await this.drain();
  }

  /** Resolves once no job is being worked on by this process. */
  async drain(): Promise<void> {
    await this.firstSweep;
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** An uploaded archive, spooled to disk and hashed on the way, becomes a job in the database. */
  async enqueue(
    userId: string,
    fileName: string,
    upload: { path: string; contentHash: string },
  ): Promise<ImportFileResult> {
    const known = await this.imports.knownArchive(userId, upload.contentHash);
    if (known) {
      return {
        file: fileName,
        status: "duplicate",
        message: "This archive was imported before.",
        runIds: known.runIds,
      };
    }
    const jobId = randomUUID();
    // The job lives in the database so any instance can resume it; the buffer is held only for the insert.
    const bytes = new Uint8Array(await readFile(upload.path));
    await this.repositories.imports.insertJob(
      {
        id: jobId,
        userId,
        fileName,
        status: "queued",
        totalFiles: 0,
        processedFiles: 0,
        results: [],
        createdAt: this.clock.now().toISOString(),
        finishedAt: null,
      },
      bytes,
    );
    this.launch(jobId);
    return {
      file: fileName,
      status: "queued",
      message: "Archive queued: its runs appear as it is read.",
      runIds: [],
      jobId,
    };
  }

  private sweep(): Promise<void> {
    return this.repositories.imports
      .claimableJobIds(this.clock.now().toISOString())
      .then((ids) => {
        for (const id of ids) this.launch(id);
      })
      .catch(() => {
        // The database may be briefly unreachable; the next sweep tries again.
      });
  }

  private launch(jobId: string): void {
    if (this.running.has(jobId)) return;
    if (this.running.size >= this.imports.capacity.runningJobs) {
      if (!this.waiting.includes(jobId)) this.waiting.push(jobId);
      return;
    }
    const work = this.run(jobId)
      .catch(() => {
        // A failure leaves the lease to expire, so the job is retried by the next sweep.
      })
      .finally(() => {
        this.running.delete(jobId);
        const next = this.waiting.shift();
        if (next) this.launch(next);
      });
    this.running.set(jobId, work);
  }

  private leaseUntil(): string {
    return new Date(this.clock.now().getTime() + this.leaseSeconds * 1000).toISOString();
  }

  private async run(jobId: string): Promise<void> {
    const claimed = await this.repositories.imports.claim(jobId, this.clock.now().toISOString(), this.leaseUntil());
    if (!claimed) return;
    const job = await this.repositories.imports.findJob(claimed.userId, jobId);
    if (!job) return;
    const placement = await this.imports.placementFor(claimed.userId);
    // Hashed in the worker too: 64 MiB of SHA-256 would hold the event loop for a noticeable moment.
    let archiveHash = "";
    let decoded: ImportResult;
    try {
      const out = await this.imports.decoder.decode(
        { bytes: claimed.payload },
        job.fileName,
        placement.keepTracks,
        true,
      );
      decoded = out.result;
      archiveHash = out.contentHash ?? "";
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const results: ImportFileResult[] = [{ file: job.fileName, status: "error", message: error.message, runIds: [] }];
      await this.repositories.imports.finish(jobId, "failed", results, 0, this.clock.now().toISOString());
      return;
    }

    const groups = new Map<string, ImportResult["activities"]>();
    for (const activity of decoded.activities) {
      const group = groups.get(activity.sourceFile) ?? [];
      group.push(activity);
      groups.set(activity.sourceFile, group);
    }
    const failedFiles = new Map<string, string>();
    for (const issue of decoded.issues) {
      if (issue.severity === "error" && !groups.has(issue.file) && !failedFiles.has(issue.file)) {
        failedFiles.set(issue.file, issue.message);
      }
    }
    const totalFiles = groups.size + failedFiles.size;
    const results = [...job.results];
    const done = new Set(results.map((result) => result.file));
    for (const [file, message] of failedFiles) {
      if (!done.has(file)) results.push({ file, status: "error", message, runIds: [] });
    }
    for (const [file, activities] of groups) {
      if (done.has(file)) continue;
      const entryHash = sha256Hex(`${archiveHash}:${file}`);
      results.push(await this.imports.saveActivities(placement, file, decoded.format, entryHash, activities));
      await this.repositories.imports.saveProgress(jobId, results.length, totalFiles, results, this.leaseUntil());
    }
    await this.imports.recordArchive(
      claimed.userId,
      job.fileName,
      archiveHash,
      results.flatMap((result) => result.runIds),
    );
    await this.repositories.imports.finish(jobId, "done", results, results.length, this.clock.now().toISOString());
  }
}

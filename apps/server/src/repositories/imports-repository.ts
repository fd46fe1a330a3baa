import type { ImportFileResult } from "@backstride/api-contract";
import type { Db } from "../database/database-types.ts";

export interface ImportedFileRow {
  contentHash: string;
  fileName: string;
  format: string;
  runIds: string[];
}

export interface ImportedActivityRow {
  eventId: string;
  contentHash: string;
  fileName: string;
  format: string;
  sport: string;
  startTime: string | null;
  /** JSON (runImportDetailSchema without the file fields). */
  detail: string;
  track: string | null;
}

export interface ImportJobRow {
  id: string;
  userId: string;
  fileName: string;
  status: "queued" | "running" | "done" | "failed";
  totalFiles: number;
  processedFiles: number;
  results: ImportFileResult[];
  createdAt: string;
  finishedAt: string | null;
}

export class ImportsRepository {
  constructor(private readonly db: Db) {}

  async findFile(userId: string, contentHash: string): Promise<ImportedFileRow | null> {
    const row = await this.db
      .selectFrom("imported_files")
      .selectAll()
      .where("user_id", "=", userId)
      .where("content_hash", "=", contentHash)
      .executeTakeFirst();
    if (!row) return null;
    return {
      contentHash: row.content_hash,
      fileName: row.file_name,
      format: row.format,
      runIds: JSON.parse(row.run_ids) as string[],
    };
  }

  /** False when the same content was recorded meanwhile (a concurrent upload of the same file). */
  async insertFile(userId: string, file: ImportedFileRow, nowIso: string): Promise<boolean> {
    const result = await this.db
      .insertInto("imported_files")
      .values({
        user_id: userId,
        content_hash: file.contentHash,
        file_name: file.fileName,
        format: file.format,
        run_ids: JSON.stringify(file.runIds),
        created_at: nowIso,
      })
      .onConflict((oc) => oc.columns(["user_id", "content_hash"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async insertActivity(userId: string, activity: ImportedActivityRow): Promise<void> {
    await this.db
      .insertInto("imported_activities")
      .values({
        user_id: userId,
        event_id: activity.eventId,
        content_hash: activity.contentHash,
        file_name: activity.fileName,
        format: activity.format,
        sport: activity.sport,
        start_time: activity.startTime,
        detail: activity.detail,
        track: activity.track,
      })
      .onConflict((oc) => oc.columns(["user_id", "event_id"]).doNothing())
      .execute();
  }

  async activities(userId: string): Promise<ImportedActivityRow[]> {
    const rows = await this.db.selectFrom("imported_activities").selectAll().where("user_id", "=", userId).execute();
    return rows.map((row) => ({
      eventId: row.event_id,
      contentHash: row.content_hash,
      fileName: row.file_name,
      format: row.format,
      sport: row.sport,
      startTime: row.start_time,
      detail: row.detail,
      track: row.track,
    }));
  }

  async insertJob(job: ImportJobRow, payload: Uint8Array): Promise<void> {
    await this.db
      .insertInto("import_jobs")
      .values({
        id: job.id,
        user_id: job.userId,
        file_name: job.fileName,
        status: job.status,
        total_files: job.totalFiles,
        processed_files: job.processedFiles,
        results: JSON.stringify(job.results),
        payload,
        lease_until: null,
        created_at: job.createdAt,
        finished_at: job.finishedAt,
      })
      .execute();
  }

  async findJob(userId: string, jobId: string): Promise<ImportJobRow | null> {
    const row = await this.db
      .selectFrom("import_jobs")
      .select([
        "id",
        "user_id",
        "file_name",
        "status",
        "total_files",
        "processed_files",
        "results",
        "created_at",
        "finished_at",
      ])
      .where("user_id", "=", userId)
      .where("id", "=", jobId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      userId: row.user_id,
      fileName: row.file_name,
      status: row.status as ImportJobRow["status"],
      totalFiles: row.total_files,
      processedFiles: row.processed_files,
      results: JSON.parse(row.results) as ImportFileResult[],
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  /** Ids of unfinished jobs whose lease is free (never taken, or its holder stopped renewing it). */
  async claimableJobIds(nowIso: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom("import_jobs")
      .select("id")
      .where("status", "in", ["queued", "running"])
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", nowIso)]))
      .orderBy("created_at")
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * Takes the job's lease when it is free: a compare-and-set, so exactly one instance works on a job.
   * Returns the payload when this caller won.
   */
  async claim(
    jobId: string,
    nowIso: string,
    leaseUntilIso: string,
  ): Promise<{ userId: string; payload: Uint8Array } | null> {
    const result = await this.db
      .updateTable("import_jobs")
      .set({ lease_until: leaseUntilIso, status: "running" })
      .where("id", "=", jobId)
      .where("status", "in", ["queued", "running"])
      .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", nowIso)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return null;
    const row = await this.db
      .selectFrom("import_jobs")
      .select(["user_id", "payload"])
      .where("id", "=", jobId)
      .executeTakeFirst();
    if (!row?.payload) return null;
    return { userId: row.user_id, payload: new Uint8Array(row.payload) };
  }

  async saveProgress(
    jobId: string,
    processedFiles: number,
    totalFiles: number,
    results: ImportFileResult[],
    leaseUntilIso: string,
  ) {
    await this.db
      .updateTable("import_jobs")
      .set({
        processed_files: processedFiles,
        total_files: totalFiles,
        results: JSON.stringify(results),
        lease_until: leaseUntilIso,
      })
      .where("id", "=", jobId)
      .execute();
  }

  /** Frees every lease: only for a single-process database whose previous process has stopped. */
  async releaseAllLeases(): Promise<void> {
    await this.db
      .updateTable("import_jobs")
      .set({ lease_until: null })
      .where("status", "in", ["queued", "running"])
      .execute();
  }

  /** The archive bytes are dropped once the job ends: only the results are kept. */
  async finish(
    jobId: string,
    status: "done" | "failed",
    results: ImportFileResult[],
    processedFiles: number,
    nowIso: string,
  ) {
    await this.db
      .updateTable("import_jobs")
      .set({
        status,
        results: JSON.stringify(results),
        processed_files: processedFiles,
        payload: null,
        lease_until: null,
        finished_at: nowIso,
      })
      .where("id", "=", jobId)
      .execute();
  }
}

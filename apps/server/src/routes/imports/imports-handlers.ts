import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ImportFileResult } from "@backstride/api-contract";
import type {} from "@fastify/multipart";
import { ApiError, notFound } from "../../http/api-error.ts";
import type { Handlers } from "../../http/request-context.ts";
import { isZip } from "../../services/imports-service.ts";
import { checkMultipartHeader, receiveUpload } from "./receive-upload.ts";

export const importsHandlers: Pick<Handlers, "createImport" | "getImportJob"> = {
  createImport: async ({ auth, request, services }) => {
    if (!request.isMultipart()) {
      throw new ApiError(415, "unsupported_media_type", "send the files as multipart/form-data");
    }
    checkMultipartHeader(request.headers["content-type"]);
    // Taken before a byte of the body is read: a refused upload costs neither disk nor memory.
    const release = services.uploadSlots.acquire(auth.userId);
    const spoolDir = await mkdtemp(join(tmpdir(), "backstride-upload-"));
    try {
      const files = await receiveUpload(request, spoolDir);
      if (files.length === 0) throw new ApiError(400, "validation", "no file in the upload", "files");
      const results: ImportFileResult[] = [];
      for (const file of files) {
        results.push(
          isZip(file.head)
            ? await services.importJobs.enqueue(auth.userId, file.fileName, file)
            : await services.imports.importFile(auth.userId, file.fileName, file),
        );
      }
      return { results };
    } finally {
      release();
      await rm(spoolDir, { recursive: true, force: true });
    }
  },
  getImportJob: async ({ auth, params, services }) => {
    const job = await services.repositories.imports.findJob(auth.userId, params.jobId);
    if (!job) throw notFound("import job");
    return {
      jobId: job.id,
      fileName: job.fileName,
      status: job.status,
      processedFiles: job.processedFiles,
      totalFiles: job.totalFiles,
      results: job.results,
      createdAt: job.createdAt,
      finishedAt: job.finishedAt,
    };
  },
};

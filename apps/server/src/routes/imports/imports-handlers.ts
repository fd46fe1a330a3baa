import { type ImportFileResult, importLimits } from "@backstride/api-contract";
import type {} from "@fastify/multipart";
import { ApiError, notFound } from "../../http/api-error.ts";
import type { Handlers } from "../../http/request-context.ts";
import { isZip } from "../../services/imports-service.ts";

/** Only the base name, printable, bounded: it is shown back to the runner and stored. */
function cleanFileName(name: string | undefined, index: number): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const printable = base.replace(/[^\p{L}\p{N} ._()-]/gu, "_").slice(0, 200);
  return printable === "" ? `file-${index + 1}` : printable;
}

export const importsHandlers: Pick<Handlers, "createImport" | "getImportJob"> = {
  createImport: async ({ auth, request, services }) => {
    if (!request.isMultipart()) {
      throw new ApiError(415, "unsupported_media_type", "send the files as multipart/form-data");
    }
    const results: ImportFileResult[] = [];
    let totalBytes = 0;
    const files = request.files({ limits: { fileSize: importLimits.maxFileBytes, files: importLimits.maxFiles } });
    for await (const part of files) {
      const buffer = await part.toBuffer();
      totalBytes += buffer.length;
      if (totalBytes > importLimits.maxTotalBytes) {
        throw new ApiError(413, "payload_too_large", "the upload is larger than allowed; send fewer files at once");
      }
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
      const fileName = cleanFileName(part.filename, results.length);
      results.push(
        isZip(bytes)
          ? await services.importJobs.enqueue(auth.userId, fileName, bytes)
          : await services.imports.importFile(auth.userId, fileName, bytes),
      );
    }
    if (results.length === 0) throw new ApiError(400, "validation", "no file in the upload", "files");
    return { results };
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

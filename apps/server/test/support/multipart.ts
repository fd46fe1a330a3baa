import { randomUUID } from "node:crypto";

/** A multipart/form-data body with one part per file, as a browser's FormData would send it. */
export function multipartBody(files: { name: string; bytes: Uint8Array }[]): {
  payload: Buffer;
  headers: Record<string, string>;
} {
  const boundary = `----backstride${randomUUID().replace(/-/g, "")}`;
  const parts: Buffer[] = [];
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from("\r\n"),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

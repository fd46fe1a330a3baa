import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../src/http/build-app.ts";
import { createTestDatabase, type TestDatabase } from "./support/test-server.ts";

// Issue 9, defect 15: the built app was sent uncompressed. The build (vite-plugin-compression2) writes
// `.br` and `.gz` beside each text file; this builds the same layout and checks the negotiation.
const script = `export const words = ${JSON.stringify("Run tall, breathe low, stop at the pain stop. ".repeat(200))};\n`;
const indexHtml = `<!doctype html><html lang="en"><head><title>Backstride</title></head><body>${"<p>Backstride</p>".repeat(120)}</body></html>`;
const tinyScript = "console.log(1)";

function writeWithCopies(path: string, text: string): void {
  writeFileSync(path, text);
  writeFileSync(`${path}.br`, brotliCompressSync(text));
  writeFileSync(`${path}.gz`, gzipSync(text));
}

describe("precompressed static files", () => {
  let testDatabase: TestDatabase;
  let server: App;

  beforeAll(async () => {
    testDatabase = await createTestDatabase("sqlite");
    const webDir = join(testDatabase.config.dataDir, "web");
    mkdirSync(join(webDir, "assets"), { recursive: true });
    writeWithCopies(join(webDir, "index.html"), indexHtml);
    writeWithCopies(join(webDir, "assets", "index-Ab12Cd34.js"), script);
    // Under the build's 1 KB threshold no copies exist: it must still be served, as it is.
    writeFileSync(join(webDir, "assets", "tiny-Zz99Yy88.js"), tinyScript);
    server = await buildApp({
      config: { ...testDatabase.config, webDistDir: webDir },
      database: testDatabase.database,
      startJobs: false,
    });
  });
  afterAll(async () => {
    await server.close();
    await testDatabase.dispose();
  });

  const get = (url: string, acceptEncoding?: string) =>
    server.app.inject({
      method: "GET",
      url,
      headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
    });

  it("sends brotli to a browser that accepts it, and the bytes decompress to the original", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", "gzip, deflate, br");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends gzip when brotli is not accepted", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the file as it is without Accept-Encoding, for identity only, and when no copy exists", async () => {
    for (const acceptEncoding of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const response = await get("/assets/index-Ab12Cd34.js", acceptEncoding);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.body).toBe(script);
    }
    const tiny = await get("/assets/tiny-Zz99Yy88.js", "br, gzip");
    expect(tiny.statusCode).toBe(200);
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body).toBe(tinyScript);
  });

  it("compresses the shell too, and keeps it revalidated on every load (root and client routes)", async () => {
    for (const url of ["/", "/index.html", "/plan/today"]) {
      const response = await get(url, "br");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBe("br");
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(indexHtml);
    }
  });

  it("never compresses API answers through the static files", async () => {
    const response = await get("/api/health", "br");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.json()).toMatchObject({ status: "ok" });
  });
});

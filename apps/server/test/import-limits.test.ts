import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplesDir as samples } from "../../../packages/importers/test/fixtures/samples-dir.ts";
import { loadConfig } from "../src/config/config.ts";
import { multipartBody } from "./support/multipart.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";
import { zipOf } from "./support/zip-writer.ts";

const fenix5 = new Uint8Array(readFileSync(join(samples, "fit/fenix5-run-dynamics-57s.fit")));

/** A server with a small, known upload capacity (1 per account, 2 in total). */
async function limitedServer(kind: (typeof databaseKinds)[number]): Promise<TestServer> {
  const { importCapacity } = loadConfig({});
  return createTestServer(kind, {
    config: { importCapacity: { ...importCapacity, uploadsPerUser: 1, uploadsTotal: 2 } },
  });
}

async function upload(server: TestServer, agent: Agent, files: { name: string; bytes: Uint8Array }[]) {
  const { payload, headers } = multipartBody(files);
  return call(server, agent, { method: "POST", url: "/api/imports", payload, headers });
}

/** An upload whose body arrives only when `finish` is called: it holds its place meanwhile. */
function slowUpload(server: TestServer, agent: Agent, name: string, bytes: Uint8Array) {
  const { payload, headers } = multipartBody([{ name, bytes }]);
  const body = new PassThrough();
  body.write(payload.subarray(0, 100));
  const response = server.app.inject({
    method: "POST",
    url: "/api/imports",
    headers: { ...headers, cookie: agent.cookie, "x-csrf-token": agent.csrfToken },
    payload: body,
  });
  return { response, finish: () => body.end(payload.subarray(100)) };
}

/** A GPX of `points` track points, about 100 bytes each: large enough to take the decoder a while. */
function largeGpx(points: number): Uint8Array {
  const start = Date.parse("2025-05-01T06:00:00Z");
  const rows: string[] = [];
  for (let i = 0; i < points; i++) {
    const lat = (47.6 + i * 1e-6).toFixed(7);
    const lon = (-122.3 + i * 1e-6).toFixed(7);
    rows.push(
      `<trkpt lat="${lat}" lon="${lon}"><ele>12.0</ele><time>${new Date(start + i * 1000).toISOString()}</time></trkpt>`,
    );
  }
  return new TextEncoder().encode(
    `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${rows.join("")}</trkseg></trk></gpx>`,
  );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error(`gave up waiting for ${what}`);
}

describe.each(databaseKinds)("import limits on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await limitedServer(kind);
  });
  afterAll(async () => server.close());

  it("refuses an archive of many small zero-filled entries entry by entry, and imports the real run in it", async () => {
    const agent = await signUp(server);
    // Defect 1: 1 MiB entries skipped the ratio check (it started above 1 MiB) and were inflated on the event loop.
    const zeros = new Uint8Array(1024 * 1024);
    const files = [{ name: "run.fit", data: fenix5 }];
    for (let i = 0; i < 500; i++) files.push({ name: `zeros/${i}.gpx`, data: zeros });
    const queued = (await upload(server, agent, [{ name: "bomb.zip", bytes: zipOf(files) }])).json();
    expect(queued.results[0]).toMatchObject({ status: "queued" });
    await server.services.importJobs.drain();
    const job = (await call(server, agent, { method: "GET", url: `/api/imports/${queued.results[0].jobId}` })).json();
    expect(job.status).toBe("done");
    const refused = job.results.filter((result: { message: string }) => /zip bomb/.test(result.message));
    expect(refused).toHaveLength(500);
    expect(refused.every((result: { status: string }) => result.status === "error")).toBe(true);
    expect(job.results.filter((result: { status: string }) => result.status === "imported")).toHaveLength(1);
  });

  it("refuses the 2,000 × 1 MiB archive of the attack as a whole: it declares more than may be unpacked", async () => {
    const agent = await signUp(server);
    const zeros = new Uint8Array(1024 * 1024);
    const files = Array.from({ length: 2000 }, (_, i) => ({ name: `${i}.gpx`, data: zeros }));
    const queued = (await upload(server, agent, [{ name: "bomb.zip", bytes: zipOf(files) }])).json();
    await server.services.importJobs.drain();
    const job = (await call(server, agent, { method: "GET", url: `/api/imports/${queued.results[0].jobId}` })).json();
    expect(job.status).toBe("failed");
    expect(job.results[0].message).toMatch(/over the \d+-byte limit/);
  });

  it("answers /api/health while a large file is being decoded", async () => {
    const agent = await signUp(server);
    const gpx = largeGpx(150_000);
    let settled = false;
    const importing = upload(server, agent, [{ name: "long.gpx", bytes: gpx }]).finally(() => {
      settled = true;
    });
    await until(() => server.services.importDecoder.inFlight > 0 || settled, "the decoding to start");
    expect(settled).toBe(false);
    const health = await call(server, null, { method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
    // Answered during the import, not after it: the file is still being decoded in its thread.
    expect(server.services.importDecoder.inFlight).toBe(1);
    expect(settled).toBe(false);
    const result = (await importing).json().results[0];
    expect(result).toMatchObject({ status: "imported" });
  });

  it("limits uploads in flight per account (429) and in total (503), and frees the places afterwards", async () => {
    const [first, second, third] = [await signUp(server), await signUp(server), await signUp(server)];
    const a = slowUpload(server, first, "a.fit", fenix5);
    await until(() => server.services.uploadSlots.inFlight === 1, "the first upload to start");
    const again = await upload(server, first, [{ name: "b.fit", bytes: fenix5 }]);
    expect(again.statusCode).toBe(429);
    expect(again.json().error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/in progress/) });
    const b = slowUpload(server, second, "a.fit", fenix5);
    await until(() => server.services.uploadSlots.inFlight === 2, "the second upload to start");
    const busy = await upload(server, third, [{ name: "c.fit", bytes: fenix5 }]);
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error).toMatchObject({ code: "unavailable" });
    a.finish();
    b.finish();
    expect((await a.response).json().results[0].status).toBe("imported");
    expect((await b.response).json().results[0].status).toBe("imported");
    expect(server.services.uploadSlots.inFlight).toBe(0);
    const later = await upload(server, third, [{ name: "c.fit", bytes: fenix5 }]);
    expect(later.statusCode).toBe(200);
  });

  it("answers a multipart body without a boundary, or cut off, with a 400 JSON error (defect 7)", async () => {
    const agent = await signUp(server);
    const noBoundary = await call(server, agent, {
      method: "POST",
      url: "/api/imports",
      payload: Buffer.from(
        '--x\r\nContent-Disposition: form-data; name="files"; filename="a.fit"\r\n\r\nabc\r\n--x--\r\n',
      ),
      headers: { "content-type": "multipart/form-data" },
    });
    expect(noBoundary.statusCode).toBe(400);
    expect(noBoundary.json().error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/boundary/) });

    const { payload, headers } = multipartBody([
      { name: "a.fit", bytes: fenix5 },
      { name: "b.fit", bytes: fenix5 },
    ]);
    for (const cut of [payload.length - 10, Math.floor(payload.length / 2), 60]) {
      const response = await call(server, agent, {
        method: "POST",
        url: "/api/imports",
        payload: payload.subarray(0, cut),
        headers,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/cut off/) });
    }
    // Nothing from a cut-off body was imported.
    expect((await call(server, agent, { method: "GET", url: "/api/runs" })).json().runs).toHaveLength(0);
    const garbled = await call(server, agent, {
      method: "POST",
      url: "/api/imports",
      payload: Buffer.from(`--${randomUUID()}\r\nnot a header\r\n\r\n`),
      headers,
    });
    expect(garbled.statusCode).toBe(400);
  });
});

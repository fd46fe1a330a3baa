import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplesDir as samples } from "../../../packages/importers/test/fixtures/samples-dir.ts";
import { buildApp } from "../src/http/build-app.ts";
import { multipartBody } from "./support/multipart.ts";
import { type Agent, call, signUp } from "./support/test-client.ts";
import { createTestServer, databaseKinds, type TestServer } from "./support/test-server.ts";

const sample = (path: string) => new Uint8Array(readFileSync(join(samples, path)));
const fenix5 = sample("fit/fenix5-run-dynamics-57s.fit");
const fr410 = sample("tcx/fr410-run-33min-no-cadence.tcx");
const triathlon = sample("fit/fr920xt-triathlon-chained.fit");

async function upload(server: TestServer, agent: Agent, files: { name: string; bytes: Uint8Array }[]) {
  const { payload, headers } = multipartBody(files);
  return call(server, agent, { method: "POST", url: "/api/imports", payload, headers });
}

describe.each(databaseKinds)("imports on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(async () => server.close());

  // Shoes count only runs on or after their start date (issue 8); a pair in use since 2012 takes the old imports.
  async function runnerWithShoe(startedOn = "2012-01-01") {
    const agent = await signUp(server);
    await call(server, agent, {
      method: "PUT",
      url: "/api/profile",
      payload: {
        displayName: "R",
        distanceUnit: "km",
        weightUnit: "kg",
        timeZone: "America/Los_Angeles",
        goal: "",
        theme: "system",
        keepGpsTracks: false,
      },
    });
    const shoe = (
      await call(server, agent, { method: "POST", url: "/api/shoes", payload: { name: "Daily", startedOn } })
    ).json();
    return { agent, shoe };
  }

  it("imports several files at once into runs on the default shoe, in the runner's time zone", async () => {
    const { agent, shoe } = await runnerWithShoe();
    const response = await upload(server, agent, [
      { name: "fenix5.fit", bytes: fenix5 },
      { name: "fr410.tcx", bytes: fr410 },
      { name: "notes.txt", bytes: new TextEncoder().encode("not an activity") },
    ]);
    expect(response.statusCode).toBe(200);
    const results = response.json().results;
    expect(results.map((result: { status: string }) => result.status)).toEqual(["imported", "imported", "error"]);
    expect(results[2].message).toMatch(/notes\.txt/);
    const runs = (await call(server, agent, { method: "GET", url: "/api/runs" })).json().runs;
    expect(runs).toHaveLength(2);
    const fenix = runs.find((run: { id: string }) => run.id === results[0].runIds[0]);
    expect(fenix).toMatchObject({
      source: "import",
      shoeId: shoe.id,
      shoeName: "Daily",
      localDate: "2017-06-11",
      import: { fileName: "fenix5.fit", format: "fit", sport: "running" },
    });
    expect(fenix.cadenceStepsPerMinute).toBeCloseTo(172.2, 0);
    expect(fenix.import.cadenceBands).toEqual(expect.objectContaining({ from170to180: expect.any(Number) }));
    // 21:29 UTC on 26 Dec 2012 is the 26th in Los Angeles too; the FIT run was 07:34 local.
    expect(runs.find((run: { id: string }) => run.id === results[1].runIds[0]).localDate).toBe("2012-12-26");
    const shoes = (await call(server, agent, { method: "GET", url: "/api/shoes" })).json().shoes;
    expect(shoes[0].distanceMeters).toBeCloseTo(157.56 + 4689.24, 0);
    // Started in 2013, the same pair no longer counts the 2012 run: only the 2017 one.
    const moved = await call(server, agent, {
      method: "PATCH",
      url: `/api/shoes/${shoe.id}`,
      payload: { startedOn: "2013-01-01" },
    });
    expect(moved.json().distanceMeters).toBeCloseTo(157.56, 0);
  });

  it("leaves imported runs from before a pair's start date off that pair's distance", async () => {
    const { agent, shoe } = await runnerWithShoe("2020-01-01");
    await upload(server, agent, [
      { name: "fenix5.fit", bytes: fenix5 },
      { name: "fr410.tcx", bytes: fr410 },
    ]);
    const runs = (await call(server, agent, { method: "GET", url: "/api/runs" })).json().runs;
    expect(runs.map((run: { shoeId: string }) => run.shoeId)).toEqual([shoe.id, shoe.id]);
    const shoes = (await call(server, agent, { method: "GET", url: "/api/shoes" })).json().shoes;
    expect(shoes[0].distanceMeters).toBe(0);
  });

  it("never doubles a run: the same file again is a duplicate with the same run ids", async () => {
    const { agent } = await runnerWithShoe();
    const first = (await upload(server, agent, [{ name: "a.fit", bytes: fenix5 }])).json().results[0];
    const again = (await upload(server, agent, [{ name: "renamed.fit", bytes: fenix5 }])).json().results[0];
    expect(again).toMatchObject({ status: "duplicate", runIds: first.runIds });
    expect((await call(server, agent, { method: "GET", url: "/api/runs" })).json().runs).toHaveLength(1);
  });

  it("imports only the running leg of a triathlon", async () => {
    const { agent } = await runnerWithShoe();
    const result = (await upload(server, agent, [{ name: "tri.fit", bytes: triathlon }])).json().results[0];
    expect(result.status).toBe("imported");
    expect(result.runIds).toHaveLength(1);
    expect(result.message).toMatch(/4 other activities skipped/);
  });

  it("runs a zip archive as a background job with progress and results", async () => {
    const { agent } = await runnerWithShoe();
    const archive = zipSync({
      "export/run1.fit": fenix5,
      "export/run2.tcx": fr410,
      "export/readme.txt": new Uint8Array([1]),
    });
    const queued = (await upload(server, agent, [{ name: "export.zip", bytes: archive }])).json().results[0];
    expect(queued).toMatchObject({ status: "queued", jobId: expect.any(String) });
    await server.services.importJobs.drain();
    const job = (await call(server, agent, { method: "GET", url: `/api/imports/${queued.jobId}` })).json();
    expect(job).toMatchObject({ status: "done", fileName: "export.zip", finishedAt: expect.any(String) });
    expect(job.processedFiles).toBe(job.totalFiles);
    const imported = job.results.filter((result: { status: string }) => result.status === "imported");
    expect(imported).toHaveLength(2);
    const again = (await upload(server, agent, [{ name: "export.zip", bytes: archive }])).json().results[0];
    expect(again.status).toBe("duplicate");
    // The runs inside were imported before as single files' content: a later upload of one is a duplicate too.
    const single = (await upload(server, agent, [{ name: "run1-copy.fit", bytes: fenix5 }])).json().results[0];
    expect(single.status).toBe("duplicate");
    const other = await signUp(server);
    expect((await call(server, other, { method: "GET", url: `/api/imports/${queued.jobId}` })).statusCode).toBe(404);
  });

  it("resumes an unfinished job when a new server instance starts", async () => {
    const { agent } = await runnerWithShoe();
    const jobId = randomUUID();
    const archive = zipSync({ "run1.fit": fenix5 });
    await server.services.repositories.imports.insertJob(
      {
        id: jobId,
        userId: agent.userId,
        fileName: "left-behind.zip",
        status: "running",
        totalFiles: 1,
        processedFiles: 0,
        results: [],
        createdAt: server.clock.now().toISOString(),
        finishedAt: null,
      },
      archive,
    );
    // As if the previous process died: its lease is in the past.
    await server.testDatabase.database.db
      .updateTable("import_jobs")
      .set({ lease_until: "2000-01-01T00:00:00.000Z" })
      .where("id", "=", jobId)
      .execute();
    const restarted = await buildApp({
      config: server.testDatabase.config,
      database: await server.testDatabase.reopen(),
      clock: server.clock,
    });
    try {
      await restarted.services.importJobs.drain();
      const job = await restarted.services.repositories.imports.findJob(agent.userId, jobId);
      expect(job).toMatchObject({ status: "done", processedFiles: 1 });
      expect(job?.results[0]).toMatchObject({ status: "imported" });
    } finally {
      await restarted.close();
    }
  });

  it("answers every shared sample file, broken ones included, with a per-file result and never a 500", async () => {
    const { agent } = await runnerWithShoe();
    const files = readdirSync(samples, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(fit|gpx|tcx)$/.test(entry.name))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return { name: entry.name, bytes: new Uint8Array(readFileSync(path)) };
      });
    expect(files.length).toBeGreaterThanOrEqual(10);
    const response = await upload(server, agent, files);
    expect(response.statusCode).toBe(200);
    const results = response.json().results as { file: string; status: string; message: string }[];
    expect(results).toHaveLength(files.length);
    for (const result of results) {
      expect(["imported", "duplicate", "error"]).toContain(result.status);
      expect(result.message.length).toBeGreaterThan(0);
    }
    expect(results.filter((result) => result.status === "imported").length).toBeGreaterThanOrEqual(8);
  });

  it("refuses a non-multipart body and an empty upload", async () => {
    const { agent } = await runnerWithShoe();
    const json = await call(server, agent, { method: "POST", url: "/api/imports", payload: { files: [] } });
    expect(json.statusCode).toBe(415);
    const empty = await upload(server, agent, []);
    expect(empty.statusCode).toBe(400);
  });
});

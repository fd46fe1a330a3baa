/**
 * The server under load, in its own process (so the load generator does not steal its event loop):
 * SQLite in a temporary directory, one runner with a year of history, listening on a free port.
 * Prints one JSON line {port, cookie} once ready.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../apps/server/src/config/config.ts";
import { createDatabase } from "../../apps/server/src/database/create-database.ts";
import { migrateToLatest } from "../../apps/server/src/database/migrate.ts";
import { buildApp } from "../../apps/server/src/http/build-app.ts";
import { yearOfHistory } from "./year-of-history.ts";

const dataDir = mkdtempSync(join(tmpdir(), "backstride-bench-"));
const config = { ...loadConfig({}), dataDir, databaseUrl: null, webDistDir: join(dataDir, "no-web") };
const database = await createDatabase(config);
await migrateToLatest(database.db, database.kind);
const { app, services, close } = await buildApp({ config, database, startJobs: false });

const today = new Date().toISOString().slice(0, 10);
const user = await services.auth.createUser({
  email: "bench@example.test",
  password: "bench password 1234",
  name: "Bench Runner",
  roles: ["runner"],
});
await services.profile.put(user.id, {
  displayName: "Bench Runner",
  distanceUnit: "km",
  weightUnit: "kg",
  timeZone: "UTC",
  goal: "",
  theme: "system",
  keepGpsTracks: false,
});
const shoe = await services.shoes.create(user.id, { name: "Daily" });
const events = yearOfHistory(today, shoe.id, randomUUID);
for (let index = 0; index < events.length; index += 500) {
  const results = await services.events.ingest(user.id, events.slice(index, index + 500), { kind: "runner" });
  const invalid = results.find((result) => result.status === "invalid");
  if (invalid) throw new Error(`seed event refused: ${invalid.message} (${invalid.field})`);
}
const session = await services.auth.issueSession(user);
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
const runs = events.filter((event) => event.type === "run.logged").length;
process.stdout.write(
  `${JSON.stringify({ port, cookie: `bs_session=${session.sessionId}`, events: events.length, runs })}\n`,
);

const stop = async () => {
  await close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

/**
 * One server under load, in its own process so the load generator never shares its event loop:
 * PostgreSQL at DATABASE_URL (already migrated and seeded by run.ts), listening on a free port.
 * Prints one JSON line {port} once ready; stops on SIGTERM.
 */
import { loadConfig } from "../../apps/server/src/config/config.ts";
import { createDatabase } from "../../apps/server/src/database/create-database.ts";
import { buildApp } from "../../apps/server/src/http/build-app.ts";

const config = { ...loadConfig(), webDistDir: "/nonexistent" };
if (!config.databaseUrl) throw new Error("DATABASE_URL is required");
const database = await createDatabase(config);
const { app, close } = await buildApp({ config, database, startJobs: false });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 })}\n`);

const stop = async () => {
  await close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

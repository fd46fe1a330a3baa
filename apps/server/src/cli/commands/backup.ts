import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../config/config.ts";
import { createDatabase } from "../../database/create-database.ts";
import type { Command } from "../cli-io.ts";

/**
 * SQLite's online backup API copies a consistent snapshot page by page while the server keeps
 * serving (WAL readers never block it). PostgreSQL has its own tools for this.
 */
export const run: Command = async (args, io) => {
  const target = args[0];
  if (!target || args.length > 1) {
    io.stderr("usage: backstride backup FILE\n");
    return 2;
  }
  const config = loadConfig();
  if (config.databaseUrl) {
    io.stderr(
      "This server uses PostgreSQL: back it up with pg_dump (e.g. pg_dump -Fc -f backstride.dump $DATABASE_URL).\n",
    );
    return 2;
  }
  const file = resolve(target);
  if (existsSync(file)) {
    io.stderr(`${file} already exists; choose a new file name.\n`);
    return 1;
  }
  const database = await createDatabase(config);
  try {
    await database.sqlite?.backup(file);
    io.stdout(`Backed up ${database.location} to ${file}\n`);
    return 0;
  } finally {
    await database.close();
  }
};

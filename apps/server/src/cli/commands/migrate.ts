import { loadConfig } from "../../config/config.ts";
import { createDatabase } from "../../database/create-database.ts";
import { migrateToLatest } from "../../database/migrate.ts";
import type { Command } from "../cli-io.ts";

export const run: Command = async (_args, io) => {
  const database = await createDatabase(loadConfig());
  try {
    const applied = await migrateToLatest(database.db, database.kind);
    io.stdout(applied.length > 0 ? `Applied: ${applied.join(", ")}\n` : "Already up to date.\n");
    return 0;
  } finally {
    await database.close();
  }
};

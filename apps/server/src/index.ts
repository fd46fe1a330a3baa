export { loadConfig, type ServerConfig } from "./config/config.ts";
export { createDatabase, type Database } from "./database/create-database.ts";
export { migrateToLatest } from "./database/migrate.ts";
export { type App, type AppOptions, buildApp } from "./http/build-app.ts";

#!/usr/bin/env node
// Entry point of `npx backstride`. The workspace packages ship TypeScript sources; tsx compiles them on load.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../apps/server/src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));

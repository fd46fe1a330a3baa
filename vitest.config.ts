import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "apps/server/{src,test}/**/*.test.ts",
      "apps/web/src/**/*.test.ts",
      "bin/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Server suites share one PostgreSQL; each file uses its own schema, so files may run in parallel.
    pool: "forks",
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser and one server per file; files run one after another to stay gentle on 2 cores.
    fileParallelism: false,
  },
});

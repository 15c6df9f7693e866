import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure unit tests, and database tests (*.db.test.ts) that each get
// their own database on a real PostgreSQL server started by the global setup.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests are server code: `server-only` is the empty module Next.js gives server bundles.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["{lib,app,scripts}/**/*.test.ts"], exclude: ["**/*.db.test.ts", "**/node_modules/**"] },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["{lib,app,scripts}/**/*.db.test.ts"],
          globalSetup: ["lib/test/postgres-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

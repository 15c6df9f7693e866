// Vitest global setup for the database tests: one real PostgreSQL server per run
// (embedded, or TEST_DATABASE_URL's); each test file makes and drops its own databases.
import type { TestProject } from "vitest/node";
import { startScratchServer } from "../db/scratch-postgres.server";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startScratchServer();
  project.provide("pgAdminUrl", server.adminUrl);
  return () => server.stop();
}

import path from "node:path";
import { ROOT } from "./build";

/** Where the e2e server leaves its database's URL for the tests (git-ignored). */
export const E2E_DATABASE_FILE = path.join(ROOT, "test-results", ".e2e-database-url");

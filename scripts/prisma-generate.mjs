// Runs `prisma generate` on install. Prisma's CLI wants to locate its downloadable schema
// engine first, which cannot be fetched offline, though generation never uses it: point
// it at a stub unless the user has a real one (ADR 0002).
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts", "no-schema-engine.sh");
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], { cwd: root, stdio: "inherit", env });
process.exit(result.status ?? 1);

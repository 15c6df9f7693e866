// Prisma CLI configuration. Only `prisma generate` is used (see ADR 0002):
// migrations run through the project's own runner, so no datasource URL is needed here.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

// Prisma CLI configuration. The CLI is run through `scripts/prisma.mjs`, which points
// PRISMA_SCHEMA_ENGINE_BINARY at our wasm stand-in (prisma/schema-engine.mjs): no engine download.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: {
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});

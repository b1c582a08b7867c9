// `npm run audit:verify`: recomputes the audit log's hash chain (lib/audit/chain.ts) on DATABASE_URL,
// or on the embedded database when it is unset, and names the first event that was changed, removed
// or inserted. Exit 0 when intact (prints the event count and the head hash, worth keeping outside
// the database: it also reveals events cut off the end), 1 when broken.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { EnvSchema, describeEnvError } from "../lib/config/env-schema";
import { PrismaClient } from "../lib/generated/prisma/client";
import { verifyAuditLog } from "../lib/audit/verify-batches";
import { assertDatabaseReachable } from "./lib/database";
import { DEFAULT_EMBEDDED_PORT, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { assertPortFree } from "./lib/ports";
import { ROOT } from "./lib/run";
import { StartupError, printStartupError } from "./lib/startup-error";

let embedded: EmbeddedDb | undefined;

async function main(): Promise<number> {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new StartupError(`invalid environment (${describeEnvError(parsed.error)})`, "correct or unset that variable");
  let url = parsed.data.DATABASE_URL;
  if (!url) {
    const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
    await assertPortFree(port, "the embedded database", "stop `npm start` first: the embedded database serves one process at a time");
    embedded = await startEmbeddedDb(path.join(ROOT, ".data"), port);
    url = embedded.url;
  } else {
    await assertDatabaseReachable(url);
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
  try {
    const t0 = performance.now();
    const report = await verifyAuditLog((afterId, size) => db.auditEvent.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: size }));
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    if (report.ok) {
      console.log(`✔ Audit log intact: ${report.checked} events verified in ${seconds} s; head hash ${report.head}`);
      return 0;
    }
    console.error(`✖ Audit log broken at event #${report.problem.id}: ${report.problem.message} (${report.checked} events before it are intact)`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main()
  .then(async (code) => {
    await embedded?.stop();
    process.exit(code);
  })
  .catch(async (e) => {
    await embedded?.stop();
    printStartupError(e);
  });

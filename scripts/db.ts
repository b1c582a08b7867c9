// `npm run db:*`: Prisma's migrate commands through our wasm schema engine, on DATABASE_URL or, when
// it is unset, on the embedded PGlite database in .data/ (started for the command, then stopped).
//   migrate dev | migrate deploy | migrate reset --force   → the Prisma CLI as is
//   status → pending migrations (prisma migrate status) AND drift between the database and the
//            migrations (prisma migrate diff --exit-code); exits non-zero on either
//   seed   → the demo data, on an empty database only
import path from "node:path";
import { EnvSchema, describeEnvError } from "../lib/config/env-schema";
import { assertDatabaseReachable } from "./lib/database";
import { DEFAULT_EMBEDDED_PORT, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { demoEncryptionKey } from "./lib/encryption-key";
import { assertPortFree } from "./lib/ports";
import { prisma, ROOT } from "./lib/run";
import { StartupError, printStartupError } from "./lib/startup-error";

const [command, ...rest] = process.argv.slice(2);
let embedded: EmbeddedDb | undefined;

async function main() {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) throw new StartupError(`invalid environment (${describeEnvError(parsed.error)})`, "correct or unset that variable");
  const env: NodeJS.ProcessEnv = { ...process.env };
  const dataDir = path.join(ROOT, ".data");
  if (!parsed.data.DATABASE_URL) {
    const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
    await assertPortFree(port, "the embedded database", "stop `npm start` first: the embedded database serves one process at a time");
    embedded = await startEmbeddedDb(dataDir, port);
    Object.assign(env, { DATABASE_URL: embedded.url, SHADOW_DATABASE_URL: embedded.shadowUrl });
    console.log(`• Embedded database (${path.relative(ROOT, dataDir)}/)`);
  } else {
    await assertDatabaseReachable(parsed.data.DATABASE_URL);
  }

  switch (command) {
    case "migrate":
      await prisma(["migrate", ...rest], env);
      break;
    case "status": {
      await prisma(["migrate", "status"], env).catch(() => {
        throw new StartupError("migrations are pending or failed (see above)", "run npm run db:deploy");
      });
      const diff = await prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-config-datasource", "--exit-code"], env, { quiet: true }).catch((e) => {
        console.log(String((e as { output?: string }).output ?? ""));
        throw new StartupError("the database has drifted from prisma/migrations (the changes are listed above)", "undo the manual change, or capture it in a migration with npm run db:migrate");
      });
      if (!/No difference detected/.test(diff)) console.log(diff);
      console.log("✔ No drift: the database matches prisma/migrations");
      break;
    }
    case "seed": {
      const key = parsed.data.ENCRYPTION_KEY ?? (embedded ? (await demoEncryptionKey(dataDir)).key : undefined);
      if (!key) throw new StartupError("ENCRYPTION_KEY is not set", "set it to the key the app runs with (openssl rand -base64 32 for a new database)");
      await prisma(["generate"], env, { quiet: true });
      const { seedDemoIfEmpty } = await import("./lib/seed-demo");
      // Only the database is seeded here; `npm start` runs the simulators at this address in demo mode.
      const simulator = `127.0.0.1:${Number(process.env.SIMULATOR_PORT ?? 4010)}`;
      const startVendors = async () => ({ url: `http://${simulator}`, httpsUrl: `https://${simulator}` });
      const r = await seedDemoIfEmpty({ databaseUrl: env.DATABASE_URL!, encryptionKey: key, dataDir, poolMax: embedded ? 1 : 4, startVendors });
      console.log(r.created ? `✔ Demo data created: ${r.summary}` : "• The database is not empty: nothing seeded");
      if (r.admin) console.log(`• Demo admin: ${r.admin.email}; the password is in ${path.relative(ROOT, r.admin.file)}`);
      break;
    }
    default:
      throw new StartupError(`unknown command "${command ?? ""}"`, "use migrate dev | migrate deploy | migrate reset --force | status | seed");
  }
}

main()
  .then(async () => {
    await embedded?.stop();
    process.exit(0);
  })
  .catch(async (e) => {
    await embedded?.stop();
    if (!(e instanceof StartupError) && (e as { output?: string }).output !== undefined) process.exit(1); // the CLI already said why
    printStartupError(e);
  });

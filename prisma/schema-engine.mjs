#!/usr/bin/env node
// Stand-in for Prisma's native schema-engine binary, which the CLI would download at start-up (our
// machines cannot reach that host). It speaks the native engine's contract and forwards every call
// to the same engine compiled to WebAssembly (@prisma/schema-engine-wasm), driven through adapter-pg:
//   --version
//   cli can-connect-to-database | create-database | drop-database   (exit code + JSON log on stderr)
//   otherwise JSON-RPC 2.0 on stdin/stdout, one object per line; logs as JSON lines on stderr.
// scripts/prisma.mjs sets PRISMA_SCHEMA_ENGINE_BINARY to this file, so every migrate command uses it.
// The adapter-pg 7.10 quirks patched below are documented in ../shared/STACK.md.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

const argv = process.argv.slice(2);
const log = (level, message, extra = {}) =>
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" }) + "\n",
  );

function loadWasm() {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
}

const flagValues = (flag) => argv.flatMap((a, i) => (a === flag && argv[i + 1] !== undefined ? [argv[i + 1]] : []));

/** Connection fields from a URL; the shadow database must be built from fields (STACK.md quirk b). */
function fields(url) {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ...(sslmode && sslmode !== "disable" ? { ssl: { rejectUnauthorized: sslmode === "verify-full" } } : {}),
  };
}

async function runCliCommand(datasource, command) {
  const main = fields(datasource.url);
  const sql = {
    "can-connect-to-database": null,
    "create-database": `CREATE DATABASE "${main.database.replaceAll('"', '""')}"`,
    "drop-database": `DROP DATABASE "${main.database.replaceAll('"', '""')}" WITH (FORCE)`,
  }[command];
  if (sql === undefined) {
    log("ERROR", `unknown cli command ${command}`);
    process.exit(1);
  }
  const client = new pg.Client(sql ? { ...main, database: "postgres" } : main);
  try {
    await client.connect();
    if (sql) await client.query(sql);
    await client.end();
    process.exit(0);
  } catch (e) {
    process.stderr.write("schema-engine-wasm stand-in\n"); // the CLI skips the first stderr line
    log("ERROR", e.message, { error_code: e.code === "3D000" ? "P1003" : "P1001" });
    process.exit(1);
  }
}

/** A connected adapter with the adapter-pg 7.10 patches applied (STACK.md quirks a, c, d). */
async function openAdapter(config, onDispose = async () => {}) {
  const adapter = await new PrismaPg(config).connect();
  const performIO = adapter.performIO.bind(adapter);
  // (a) Postgres "char" (OID 18) results do not deserialize: read them as text (OID 25).
  adapter.performIO = async (query) => {
    const result = await performIO(query);
    for (const f of result.fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return result;
  };
  // (d) executeScript splits on every ";" (breaks $$ bodies, not atomic): run the script whole.
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  // (c) drop a temporary shadow database only after its pool is closed.
  const dispose = adapter.dispose.bind(adapter);
  let disposed = false;
  adapter.dispose = async () => {
    if (disposed) return;
    disposed = true;
    await dispose();
    await onDispose();
  };
  return adapter;
}

async function openShadow(datasource) {
  if (datasource.shadowDatabaseUrl) {
    // A dedicated shadow database is not reset by the engine: start from an empty public schema.
    const adapter = await openAdapter(fields(datasource.shadowDatabaseUrl));
    await adapter.executeScript("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    return adapter;
  }
  const main = fields(datasource.url);
  const admin = new pg.Client(main);
  await admin.connect();
  const name = `prisma_shadow_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const adapter = await openAdapter({ ...main, database: name }, async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });
  const { rows } = await adapter.client.query("select current_database() as d");
  if (rows[0].d !== name) {
    await adapter.dispose();
    throw new Error("This server ignores database names (PGlite?): set SHADOW_DATABASE_URL to a separate server");
  }
  return adapter;
}

async function serveJsonRpc(datasource) {
  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => openAdapter({ connectionString: datasource.url }),
    connectToShadowDb: () => openShadow(datasource),
  };
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const explain = (e) =>
    String(e?.message ?? e).replace(/External error id#(\d+)/g, (m, id) => bound.errorRegistry.consumeError(Number(id))?.error?.message ?? m);
  const datamodels = [...flagValues("--datamodels"), ...flagValues("-d")].map((f) => [f, fs.readFileSync(f, "utf8")]);
  let engine;
  const getEngine = async () =>
    (engine ??= await glue.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, (m) => process.stderr.write(m + "\n"), bound));
  const send = (o) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...o }) + "\n");

  let queue = Promise.resolve();
  readline
    .createInterface({ input: process.stdin })
    .on("line", (line) => {
      const req = JSON.parse(line);
      if (!req.method) return; // the CLI's acknowledgement of our `print` request
      queue = queue.then(async () => {
        try {
          const method = { getDatabaseVersion: "version" }[req.method] ?? req.method;
          const e = await getEngine();
          const params = req.params ?? {};
          let result = await e[method](params).catch(async (err) => {
            // createMigration / evaluateDataLoss read a cache that devDiagnostic fills for the migrations
            // applied at that moment; after `migrate dev` applied pending ones, refill it and retry once.
            if (!/must be provided through an external factory/.test(err.message)) throw err;
            await e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
            return e[method](params);
          });
          if (method === "diff") {
            if (result.stdout) send({ id: 1e9 + req.id, method: "print", params: { content: result.stdout.replace(/\n$/, "") } });
            result = { exitCode: result.exitCode };
          }
          send({ id: req.id, result: result ?? null });
        } catch (e) {
          send({
            id: req.id,
            error: { code: 4466, message: "An error happened. Check the data field for details.", data: { is_panic: false, message: explain(e), error_code: e.code, meta: e.meta } },
          });
        }
      });
    })
    // The CLI closes stdin to stop us; exiting also clears the wasm engine's 10 s timer.
    .on("close", () => queue.then(() => process.exit(0)));
}

loadWasm();
if (argv.includes("--version")) {
  console.log(`schema-engine-cli ${glue.version()} (wasm stand-in)`);
  process.exit(0);
}
const datasource = JSON.parse(flagValues("--datasource")[0] ?? "{}");
const cli = argv.indexOf("cli");
if (cli >= 0) await runCliCommand(datasource, argv[cli + 1]);
else await serveJsonRpc(datasource);

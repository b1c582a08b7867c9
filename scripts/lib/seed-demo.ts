// Demo data for the embedded default: created once, on an empty database, in one transaction
// (nothing half-written). The tenants, tokens, devices and MDM objects come from the same scenario
// the vendor simulators serve (prisma/demo/), so the demo's dashboard and its "vendors" agree.
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "better-auth/crypto";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { secretKey } from "../../lib/crypto/secret-box";
import { DEMO_SETTING_KEY, demoWorld, seedDemoScenario } from "../../prisma/demo/seed-scenario";

export interface SeedResult {
  created: boolean;
  summary?: string;
  admin?: { email: string; password: string; file: string };
}

const ADMIN_EMAIL = "admin@demo.example";

async function demoPassword(dataDir: string): Promise<{ password: string; file: string; existing: boolean }> {
  const file = path.join(dataDir, "demo-admin.txt");
  try {
    return { password: (await readFile(file, "utf8")).trim(), file, existing: true };
  } catch {
    return { password: randomBytes(12).toString("base64url"), file, existing: false };
  }
}

/** Where the simulated vendors run: started by the caller for the demo's instant. */
export type StartVendors = (now: Date) => Promise<{ url: string; httpsUrl: string }>;

/**
 * Seeds the demo on an empty database; on a seeded one only reports the demo admin's credentials.
 * Either way the simulated vendors are started (`startVendors`) for the instant the demo was seeded
 * at, so their token expiries match the database's across restarts.
 */
export async function seedDemoIfEmpty(opts: { databaseUrl: string; encryptionKey: string; dataDir: string; poolMax: number; startVendors: StartVendors }): Promise<SeedResult> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: opts.databaseUrl, max: opts.poolMax }) });
  try {
    const cred = await demoPassword(opts.dataDir);
    const stored = (await db.appSetting.findUnique({ where: { key: DEMO_SETTING_KEY } }))?.value as { now?: string | null } | undefined;
    const now = stored?.now ? new Date(stored.now) : new Date();
    const vendors = await opts.startVendors(now);
    if ((await db.tenant.count()) > 0 || (await db.user.count()) > 0) {
      return { created: false, admin: cred.existing ? { email: ADMIN_EMAIL, password: cred.password, file: cred.file } : undefined };
    }
    // Written first: if the seed fails, the next start reuses the same password; never the reverse.
    if (!cred.existing) await writeFile(cred.file, cred.password + "\n", { mode: 0o600 });
    const passwordHash = await hashPassword(cred.password);
    const key = secretKey(opts.encryptionKey);
    const summary = await db.$transaction(
      async (tx) => {
        const admin = await tx.user.create({
          data: { id: `usr_${randomBytes(8).toString("hex")}`, name: "Demo Admin", email: ADMIN_EMAIL, emailVerified: true, role: "ADMIN" },
        });
        await tx.account.create({
          data: { id: `acc_${randomBytes(8).toString("hex")}`, accountId: admin.id, providerId: "credential", userId: admin.id, password: passwordHash },
        });
        return seedDemoScenario(tx, key, demoWorld(now, vendors.url, vendors.httpsUrl), admin.id);
      },
      { timeout: 120_000 },
    );
    return { created: true, summary, admin: { email: ADMIN_EMAIL, password: cred.password, file: cred.file } };
  } finally {
    await db.$disconnect();
  }
}

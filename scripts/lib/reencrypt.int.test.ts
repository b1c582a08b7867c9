import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { decryptSecret, encryptSecret, fingerprintSecret, generateKeyBase64, secretKey } from "@/lib/crypto/secret-box";
import { createMigratedDatabase } from "@/lib/testing/migrated-database";
import { reencryptAll } from "./reencrypt";

// Its own database: re-encryption touches every row, and other tests' rows use other keys.
let url: string;
let db: PrismaClient;
let drop: () => Promise<void>;
beforeAll(async () => {
  const fresh = await createMigratedDatabase("eh_it_rekey");
  url = fresh.url;
  drop = fresh.drop;
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
});
afterAll(async () => {
  await db.$disconnect();
  await drop();
});

describe("re-encryption under a new key", () => {
  it("moves every secret and remaps token fingerprints, atomically and resumably", async () => {
    const k1 = secretKey(generateKeyBase64());
    const k2 = secretKey(generateKeyBase64());
    const token = "abc123dummy123abc123dummyXYZ";
    const tenant = await db.tenant.create({
      data: {
        name: "Re-key Co",
        slug: `rekey-${Date.now()}`,
        addonHost: "addon-rekey.goskope.com",
        apiBaseUrl: "https://rekey.goskope.com/api/v2",
        encryptedOrgKey: encryptSecret(k1, "ORGKEY"),
        encryptedApiToken: encryptSecret(k1, "api-token"),
        apiTokenFingerprint: fingerprintSecret(k1, "api-token"),
      },
    });
    const set = await db.tokenSet.create({ data: { tenantId: tenant.id } });
    await db.token.create({ data: { tenantId: tenant.id, tokenSetId: set.id, kind: "AUTH", encryptedValue: encryptSecret(k1, token), fingerprint: fingerprintSecret(k1, token) } });
    const device = await db.device.create({ data: { tenantId: tenant.id, deviceKey: "d1", tokenFingerprint: fingerprintSecret(k1, token) } });

    // A wrong "old" key fails before anything is written.
    await expect(reencryptAll(url, secretKey(generateKeyBase64()), k2)).rejects.toThrow(/encrypted under key/);
    expect((await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } })).encryptedOrgKey).toContain(`.${k1.id}.`);

    const first = await reencryptAll(url, k1, k2);
    expect(first.reencrypted).toBeGreaterThanOrEqual(3);
    const t = await db.tenant.findUniqueOrThrow({ where: { id: tenant.id }, include: { tokens: true } });
    expect(decryptSecret(k2, t.encryptedOrgKey!)).toBe("ORGKEY");
    expect(t.apiTokenFingerprint).toBe(fingerprintSecret(k2, "api-token"));
    expect(decryptSecret(k2, t.tokens[0]!.encryptedValue)).toBe(token);
    expect(t.tokens[0]!.fingerprint).toBe(fingerprintSecret(k2, token));
    expect((await db.device.findUniqueOrThrow({ where: { id: device.id } })).tokenFingerprint).toBe(fingerprintSecret(k2, token));

    const again = await reencryptAll(url, k1, k2);
    expect(again.reencrypted).toBe(0);
    expect(again.alreadyNew).toBeGreaterThanOrEqual(3);
  });
});

// The benchmarks' scale data for tenants: tops a database up to TENANTS tenants holding TOKEN_SETS
// token sets in all (tokens encrypted with the given key, expiries spread over -5..115 days, a mix of
// Secure Enrollment states, time zones and planned rotations). Used by bench/dashboard.ts and
// bench/scale-load.ts.
import pg from "pg";
import { encryptSecret, fingerprintSecret, secretKey, secretSuffix } from "../../lib/crypto/secret-box";

const DAY = 86_400_000;

export async function seedTenants(url: string, keyBase64: string, TENANTS = 50, TOKEN_SETS = 200) {
  const key = secretKey(keyBase64);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const have = Number((await c.query(`SELECT count(*) AS n FROM tenant`)).rows[0].n);
    let sets = Number((await c.query(`SELECT count(*) AS n FROM token_set`)).rows[0].n);
    const zones = ["Europe/Berlin", "Asia/Tokyo", "America/New_York", "Europe/London", "UTC"];
    const states = ["ENFORCED", "ENFORCED", "ENFORCED", "NOT_ENFORCED", "DISABLED"];
    const extra = TENANTS - have;
    await c.query("BEGIN");
    for (let i = 0; i < extra; i++) {
      const id = `bench_t${i}`;
      const slug = `bench-${i}`;
      await c.query(
        `INSERT INTO tenant (id, name, slug, region, addon_host, api_base_url, time_zone, se_state, multi_token, next_rotation_at, updated_at)
         VALUES ($1, $2, $3, 'eu', $4, $5, $6, $7, $8, $9, now())`,
        [id, `Bench Tenant ${String(i).padStart(2, "0")}`, slug, `addon-${slug}.eu.goskope.com`, `https://${slug}.goskope.com/api/v2`, zones[i % zones.length], states[i % states.length], i % 3 === 0, i % 2 ? new Date(Date.now() + (i + 5) * DAY) : null],
      );
      // Spread the remaining token sets evenly: 200 in all.
      const mine = Math.floor((TOKEN_SETS - sets) / (extra - i));
      for (let s = 0; s < mine; s++) {
        const setId = `bench_s${i}_${s}`;
        await c.query(`INSERT INTO token_set (id, tenant_id, vendor_token_set_id, enforce_status, stage, vendor_created_at, updated_at) VALUES ($1, $2, $3, $4, $5, now(), now())`, [
          setId,
          id,
          String(s + 1),
          s % 2 ? "ENFORCED" : "NOT_ENFORCED",
          s === 0 ? "CURRENT" : s === 1 ? "CURRENT" : "PREVIOUS",
        ]);
        for (const kind of s % 2 ? ["AUTH", "ENCRYPTION"] : ["AUTH"]) {
          const value = `BENCH${kind}${i}x${s}${"q".repeat(24)}`;
          await c.query(
            `INSERT INTO token (id, tenant_id, token_set_id, kind, encrypted_value, fingerprint, suffix, stage, source, expires_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'MANUAL', $9, now())`,
            [`bench_k${i}_${s}_${kind}`, id, setId, kind, encryptSecret(key, value), fingerprintSecret(key, value), secretSuffix(value), s < 2 ? "CURRENT" : "PREVIOUS", new Date(Date.now() + ((i * 7 + s * 13) % 120 - 5) * DAY)],
          );
        }
        sets += 1;
      }
      await c.query(
        `INSERT INTO readiness_snapshot (id, tenant_id, change, taken_at, devices, refused, users, users_refused, by_reason, by_remediation) VALUES ($1, $2, 'rotate-single-token', now(), 120, $3, 150, $4, '{}', '{}')`,
        [`bench_r${i}`, id, i % 9, i % 5],
      );
    }
    await c.query("COMMIT");
    const counts = (await c.query(`SELECT (SELECT count(*) FROM tenant) AS tenants, (SELECT count(*) FROM token_set) AS sets, (SELECT count(*) FROM token) AS tokens`)).rows[0];
    return { tenants: Number(counts.tenants), sets: Number(counts.sets), tokens: Number(counts.tokens) };
  } finally {
    await c.end();
  }
}


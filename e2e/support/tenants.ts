// Tenants for the e2e tests, written straight into the e2e database (the app has no "add tenant"
// screen yet); unique names so reruns and other specs never collide.
import { randomBytes } from "node:crypto";
import { sql } from "./state";

export async function createTenant(name: string): Promise<{ id: string; name: string }> {
  const suffix = randomBytes(3).toString("hex");
  const id = `e2e_${suffix}_${Date.now().toString(36)}`;
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${suffix}`;
  const full = `${name} ${suffix}`;
  await sql(`INSERT INTO tenant (id, name, slug, addon_host, api_base_url, updated_at) VALUES ($1, $2, $3, $4, $5, now())`, [id, full, slug, `addon-${slug}.eu.goskope.com`, `https://${slug}.goskope.com/api/v2`]);
  return { id, name: full };
}

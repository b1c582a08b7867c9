// Re-encrypts every secret at rest under a new key, in one transaction: either every secret moves
// to the new key or none does. Fingerprints are keyed too, so they are recomputed, and every column
// that refers to a token by fingerprint is remapped old → new in the same transaction.
import pg from "pg";
import { ciphertextKeyId, decryptSecret, encryptSecret, fingerprintSecret, type SecretKey } from "../../lib/crypto/secret-box";

/** Every encrypted column: table, primary key, ciphertext column, and the fingerprint column it feeds. */
const SECRET_COLUMNS = [
  { table: "tenant", id: "id", column: "encrypted_org_key" },
  { table: "tenant", id: "id", column: "encrypted_api_token", fingerprint: "api_token_fingerprint" },
  { table: "token", id: "id", column: "encrypted_value", fingerprint: "fingerprint" },
  { table: "mdm_connection", id: "id", column: "encrypted_client_secret" },
  { table: "notification_channel", id: "id", column: "encrypted_target" },
] as const;

/** Columns holding a token's fingerprint (not a secret of their own): remapped through the token table. */
const TOKEN_FINGERPRINT_REFS = [
  { table: "mdm_target", column: "carried_fingerprint" },
  { table: "device", column: "token_fingerprint" },
] as const;

export interface ReencryptResult {
  reencrypted: number;
  alreadyNew: number;
  remapped: number;
}

export async function reencryptAll(databaseUrl: string, oldKey: SecretKey, newKey: SecretKey): Promise<ReencryptResult> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const result: ReencryptResult = { reencrypted: 0, alreadyNew: 0, remapped: 0 };
  try {
    await client.query("BEGIN");
    const tokenMap = new Map<string, string>();
    for (const spec of SECRET_COLUMNS) {
      const { rows } = await client.query<{ id: string; ct: string }>(
        `SELECT "${spec.id}" AS id, "${spec.column}" AS ct FROM "${spec.table}" WHERE "${spec.column}" IS NOT NULL FOR UPDATE`,
      );
      for (const row of rows) {
        if (ciphertextKeyId(row.ct) === newKey.id) {
          result.alreadyNew++; // a previous run was interrupted after this row: nothing to do
          continue;
        }
        const plain = decryptSecret(oldKey, row.ct);
        const sets = [`"${spec.column}" = $1`];
        const values: string[] = [encryptSecret(newKey, plain)];
        if ("fingerprint" in spec) {
          const oldFp = fingerprintSecret(oldKey, plain);
          const newFp = fingerprintSecret(newKey, plain);
          if (spec.table === "token") tokenMap.set(oldFp, newFp);
          sets.push(`"${spec.fingerprint}" = $2`);
          values.push(newFp);
        }
        values.push(row.id);
        await client.query(`UPDATE "${spec.table}" SET ${sets.join(", ")} WHERE "${spec.id}" = $${values.length}`, values);
        result.reencrypted++;
      }
    }
    if (tokenMap.size) {
      const olds = [...tokenMap.keys()];
      const news = olds.map((o) => tokenMap.get(o)!);
      for (const ref of TOKEN_FINGERPRINT_REFS) {
        const r = await client.query(
          `UPDATE "${ref.table}" t SET "${ref.column}" = m.new FROM unnest($1::text[], $2::text[]) AS m(old, new) WHERE t."${ref.column}" = m.old`,
          [olds, news],
        );
        result.remapped += r.rowCount ?? 0;
      }
    }
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { EncryptionKey } from "../../lib/config/env-schema";
import { generateKeyBase64 } from "../../lib/crypto/secret-box";
import { StartupError } from "./startup-error";

/**
 * The embedded demo's key: generated once into .data/encryption.key (mode 0600) and reused after.
 * Returns the key and whether it was just created.
 */
export async function demoEncryptionKey(dataDir: string): Promise<{ key: string; file: string; created: boolean }> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, "encryption.key");
  let existing: string | undefined;
  try {
    existing = (await readFile(file, "utf8")).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  if (existing !== undefined) {
    if (!EncryptionKey.safeParse(existing).success)
      throw new StartupError(`${file} does not hold a valid key`, `restore it from a backup, or delete ${dataDir} to start over with fresh demo data`);
    return { key: existing, file, created: false };
  }
  const key = generateKeyBase64();
  await writeFile(file, key + "\n", { mode: 0o600, flag: "wx" });
  await chmod(file, 0o600);
  return { key, file, created: true };
}

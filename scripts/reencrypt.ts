// `npm run secrets:reencrypt -- --new-key <base64>`: moves every secret from ENCRYPTION_KEY to a new
// key in one transaction. Stop the app first; afterwards start it with ENCRYPTION_KEY=<new key>.
// The new key may also come from NEW_ENCRYPTION_KEY (keeps it out of the shell history).
import { parseArgs } from "node:util";
import { EncryptionKey } from "../lib/config/env-schema";
import { secretKey } from "../lib/crypto/secret-box";
import { reencryptAll } from "./lib/reencrypt";
import { StartupError, printStartupError } from "./lib/startup-error";

async function main() {
  const { values } = parseArgs({ options: { "new-key": { type: "string" } } });
  const newKey = values["new-key"] ?? process.env.NEW_ENCRYPTION_KEY;
  const oldKey = process.env.ENCRYPTION_KEY;
  const url = process.env.DATABASE_URL;
  if (!url) throw new StartupError("DATABASE_URL is not set", "point it at the database to re-encrypt (for the embedded demo: run npm start once and use postgresql://postgres:postgres@127.0.0.1:55432/postgres while it runs)");
  if (!oldKey || !EncryptionKey.safeParse(oldKey).success) throw new StartupError("ENCRYPTION_KEY (the current key) is missing or invalid", "set it to the key the app runs with now");
  if (!newKey || !EncryptionKey.safeParse(newKey).success) throw new StartupError("the new key is missing or invalid", "pass --new-key or NEW_ENCRYPTION_KEY: 32 bytes, base64 (openssl rand -base64 32)");
  if (newKey === oldKey) throw new StartupError("the new key is the current key", "generate a new one with openssl rand -base64 32");
  const r = await reencryptAll(url, secretKey(oldKey), secretKey(newKey));
  console.log(`✔ Re-encrypted ${r.reencrypted} secrets (${r.alreadyNew} were already under the new key); remapped ${r.remapped} token fingerprints. Now run the app with ENCRYPTION_KEY set to the new key.`);
}

main().catch(printStartupError);

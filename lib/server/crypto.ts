import "server-only";
// The app's secrets at rest, bound to ENCRYPTION_KEY. Callers never see the key.
import { decryptSecret, encryptSecret, fingerprintSecret, secretKey, type SecretKey } from "@/lib/crypto/secret-box";
import { requiredEnv } from "@/lib/server/env";

let key: SecretKey | undefined;
const currentKey = () => (key ??= secretKey(requiredEnv().ENCRYPTION_KEY));

/** Encrypts a secret for storage. */
export const encrypt = (plaintext: string): string => encryptSecret(currentKey(), plaintext);
/** Decrypts a stored secret; throws on tampering or a foreign key. */
export const decrypt = (ciphertext: string): string => decryptSecret(currentKey(), ciphertext);
/** Keyed fingerprint of a secret, for equality without decryption. */
export const fingerprint = (value: string): string => fingerprintSecret(currentKey(), value);
/** The id of the configured key (shown in Settings; reveals nothing of the key). */
export const keyId = (): string => currentKey().id;

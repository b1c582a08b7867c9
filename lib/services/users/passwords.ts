import "server-only";
// Local accounts' passwords, in Better Auth's own format (scrypt via better-auth/crypto), so its
// email sign-in verifies what we store. Initial and reset passwords are random and shown once.
import { randomBytes } from "node:crypto";
import { hashPassword } from "better-auth/crypto";

/** A random password for an admin to hand over once (96 bits, 16 characters). */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

export { hashPassword };

/** A new user id, in the seed's style. */
export function newUserId(): string {
  return `usr_${randomBytes(12).toString("hex")}`;
}

/** A new credential account id. */
export function newAccountId(): string {
  return `acc_${randomBytes(12).toString("hex")}`;
}

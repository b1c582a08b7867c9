// Writes the demo scenario into the database. Replaced by the simulator's shared scenario (see below).
import type { Prisma } from "../../lib/generated/prisma/client";
import type { SecretKey } from "../../lib/crypto/secret-box";

export async function seedDemoScenario(_tx: Prisma.TransactionClient, _key: SecretKey, _now: Date, _adminId: string): Promise<string> {
  return "admin only";
}

import "server-only";
import { db as appDb, type Db } from "@/lib/server/db";

/** Counts users: the first-run setup page is open only while there are none. */
export async function countUsers({ db = appDb() }: { db?: Db } = {}): Promise<number> {
  return db.user.count();
}

import "server-only";
// The service context: who is acting, on which database, under which request id. Every service verb
// takes one and scopes its queries to what the actor may see (STYLE.md, boundary 2). Contexts for
// people and API keys come from lib/server/session.ts; this file makes the system's own.
import { randomUUID } from "node:crypto";
import type { Role } from "@/lib/auth/roles";
import { db, type Db } from "@/lib/server/db";

export type { Role } from "@/lib/auth/roles";

export type Actor =
  | { type: "user"; id: string; label: string; role: Role }
  | { type: "api-key"; id: string; label: string; role: Role }
  | { type: "system"; id: null; label: string; role: "ADMIN" };

export interface ServiceContext {
  actor: Actor;
  db: Db;
  requestId: string;
  sourceIp?: string;
}

/** A context for jobs, seeds and scripts that act as the system itself. */
export function systemContext(label = "system"): ServiceContext {
  return { actor: { type: "system", id: null, label, role: "ADMIN" }, db: db(), requestId: randomUUID() };
}

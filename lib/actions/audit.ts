"use server";
// The audit page's "verify the chain" button (admins only).
import { z } from "zod";
import { defineAction } from "@/lib/server/action-client";
import { verifyAuditChain } from "@/lib/services/audit/verify";

/** Recomputes the hash chain; names the first broken event. */
export const verifyAuditChainAction = defineAction({ name: "verifyAuditChainAction", role: "ADMIN" }, z.object({}), async ({ ctx }) => {
  const report = await verifyAuditChain({ ctx });
  return report.ok ? { ok: true as const, checked: report.checked, head: report.head } : { ok: false as const, checked: report.checked, brokenAt: report.problem.id, message: report.problem.message };
});

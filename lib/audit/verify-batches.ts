// Walks the whole audit log through the chain verifier in id order, a batch at a time, so the app
// page and the `npm run audit:verify` script check exactly the same way on any size of log.
import { createChainVerifier, type ChainedEvent, type ChainProblem } from "@/lib/audit/chain";

export type ChainReport = { ok: true; checked: number; head: string } | { ok: false; checked: number; problem: ChainProblem };

/** `fetchBatch(afterId, size)` returns events with id > afterId in ascending id order. */
export async function verifyAuditLog(fetchBatch: (afterId: bigint, size: number) => Promise<ChainedEvent[]>, size = 1000): Promise<ChainReport> {
  const verifier = createChainVerifier();
  let after = 0n;
  for (;;) {
    const batch = await fetchBatch(after, size);
    for (const e of batch) {
      const problem = verifier.push(e);
      if (problem) return { ok: false, checked: verifier.checked, problem };
      after = BigInt(e.id);
    }
    if (batch.length < size) return { ok: true, checked: verifier.checked, head: verifier.head };
  }
}

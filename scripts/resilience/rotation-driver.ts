// The process that drives one rotation run, exactly as the run page's polling does (advanceRun, one
// unit of work per call), for scripts/resilience/rotation-kill.ts, which kills it with SIGKILL at
// chosen moments and starts a new one. It reads everything from the environment the killer gives it:
//   DATABASE_URL, ENCRYPTION_KEY, VENDOR_CA_FILE, SIM_URL, RUN_ID, ACTOR_ID, OVERRIDE_REASON
// and prints one JSON line per outcome. Exit 0: the run finished; 2: it needs something a script
// cannot give; 1: it failed.
import { systemContext, type ServiceContext } from "@/lib/server/context";
import { advanceRun, LEASE_MS, type AdvanceOutcome } from "@/lib/services/rotations/advance";

const need = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const simUrl = need("SIM_URL");
const runId = need("RUN_ID");
const overrideReason = need("OVERRIDE_REASON");
const ctx: ServiceContext = { ...systemContext("resilience"), actor: { type: "user", id: need("ACTOR_ID"), label: "resilience admin", role: "ADMIN" } };

const say = (line: object) => process.stdout.write(JSON.stringify(line) + "\n");

let waits = 0;
let leaseSkip = false;
for (let i = 0; i < 400; i++) {
  // After a kill the dead process's claim on its step holds for LEASE_MS: a new process looks past it
  // (the page would simply wait that long).
  const now = leaseSkip ? new Date(Date.now() + LEASE_MS + 1_000) : undefined;
  leaseSkip = false;
  let out: AdvanceOutcome;
  try {
    out = await advanceRun({ ctx, input: { runId, confirmEnforce: true, overrideReason, acceptProgress: waits >= 6, now } });
  } catch (error) {
    // Two processes racing (the killed one's last write landing late) is a conflict: try again.
    const message = error instanceof Error ? error.message : String(error);
    say({ kind: "error", message });
    if (/conflict|changed|version/i.test(message)) continue;
    process.exit(1);
  }
  say(out);
  if (out.kind === "finished") process.exit(0);
  if (out.kind === "failed") continue; // a failed step is retried by the next advance
  if (out.kind === "busy") leaseSkip = true;
  if (out.kind === "needs-operator") process.exit(2);
  if (out.kind === "waiting") {
    waits++;
    await fetch(`${simUrl}/__admin/clock`, { method: "POST", body: JSON.stringify({ advanceMs: 10 * 60_000 }) });
  }
}
say({ kind: "error", message: "gave up after 400 advances" });
process.exit(1);

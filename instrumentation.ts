// Runs once when the server boots: a bad configuration stops it here, with one readable line,
// before it serves a single request. Then the background jobs start (lib/jobs), unless disabled.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/server/env");
  const config = env();
  if (config.JOBS_DISABLED) return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  const { logger } = await import("@/lib/server/logger");
  // A job queue that cannot start must not take the dashboard down with it: log and serve.
  await startJobWorker().catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "background jobs did not start"));
}

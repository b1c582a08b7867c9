import net from "node:net";
import { StartupError } from "./startup-error";

/** Resolves when nothing listens on host:port; otherwise a StartupError naming the port and the fix. */
export function assertPortFree(port: number, what: string, fix: string, host = "127.0.0.1"): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(e.code === "EADDRINUSE" ? new StartupError(`port ${port} (${what}) is already in use`, fix) : e),
    );
    server.once("listening", () => server.close(() => resolve()));
    server.listen(port, host);
  });
}

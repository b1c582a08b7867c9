// Preloaded into the web server by `bench/pages.ts --profile` (NODE_OPTIONS=--import …): a CPU
// profile of the server between SIGUSR2 (sent after the warm-up) and its shutdown, written to
// $EH_PROFILE_DIR/serve-<pid>.cpuprofile (open it in Chrome DevTools or speedscope).
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

if (process.argv[1]?.endsWith("serve.mjs")) {
  const session = new Session();
  session.connect();
  let started = false;
  let written = false;
  process.on("SIGUSR2", () => {
    if (started) return;
    started = true;
    session.post("Profiler.enable", () => session.post("Profiler.setSamplingInterval", { interval: 200 }, () => session.post("Profiler.start")));
  });
  const stop = () => {
    if (!started || written) return;
    written = true;
    session.post("Profiler.stop", (err, result) => {
      if (!err) writeFileSync(path.join(process.env.EH_PROFILE_DIR || ".", `serve-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.on("SIGTERM", stop);
  process.on("exit", stop);
}

import "server-only";
// Structured JSON logs on stdout, one object per line, every field passed through redact().
import { redact } from "@/lib/log/redact";
import { env } from "@/lib/server/env";

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function threshold(): number {
  try {
    return ORDER[env().LOG_LEVEL];
  } catch {
    return ORDER.info;
  }
}

function write(level: Level, fields: Record<string, unknown>, msg: string) {
  if (ORDER[level] < threshold()) return;
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...(redact(fields) as object) });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export interface Logger {
  debug(fields: Record<string, unknown>, msg: string): void;
  info(fields: Record<string, unknown>, msg: string): void;
  warn(fields: Record<string, unknown>, msg: string): void;
  error(fields: Record<string, unknown>, msg: string): void;
  child(fields: Record<string, unknown>): Logger;
}

function make(base: Record<string, unknown>): Logger {
  return {
    debug: (f, m) => write("debug", { ...base, ...f }, m),
    info: (f, m) => write("info", { ...base, ...f }, m),
    warn: (f, m) => write("warn", { ...base, ...f }, m),
    error: (f, m) => write("error", { ...base, ...f }, m),
    child: (f) => make({ ...base, ...f }),
  };
}

export const logger: Logger = make({});

// The logger every client takes. Its shape matches pino's `(fields, msg)` so the app can pass its
// server logger straight in; clients only ever hand it fields that went through `redactValue`.
import { redactValue, type SecretRegistry } from "@/lib/log/redact";

export type LogFields = Record<string, unknown>;

export interface IntegrationLogger {
  debug(fields: LogFields, msg: string): void;
  info(fields: LogFields, msg: string): void;
  warn(fields: LogFields, msg: string): void;
  error(fields: LogFields, msg: string): void;
}

export const silentLogger: IntegrationLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Wraps a logger so that every field and message is redacted against `secrets` before it leaves. */
export function redactingLogger(logger: IntegrationLogger, secrets: SecretRegistry): IntegrationLogger {
  const wrap =
    (level: keyof IntegrationLogger) =>
    (fields: LogFields, msg: string): void => {
      logger[level](redactValue(fields, secrets) as LogFields, String(redactValue(msg, secrets)));
    };
  return { debug: wrap("debug"), info: wrap("info"), warn: wrap("warn"), error: wrap("error") };
}

export interface RecordedLog {
  level: keyof IntegrationLogger;
  fields: LogFields;
  msg: string;
}

/** A logger that keeps what it is given, for tests that prove logs carry no secrets. */
export function createMemoryLogger(): IntegrationLogger & { records: RecordedLog[] } {
  const records: RecordedLog[] = [];
  const push = (level: keyof IntegrationLogger) => (fields: LogFields, msg: string) => {
    records.push({ level, fields, msg });
  };
  return { records, debug: push("debug"), info: push("info"), warn: push("warn"), error: push("error") };
}

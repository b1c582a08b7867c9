// Value rules shared by the command builders: what may go on a command line unquoted.
import { z } from "zod";

/** A token or org key: no whitespace, no quotes, no leading "=" (that would print the GTS article's `==` typo). */
export const SecretValue = z
  .string()
  .trim()
  .min(1)
  .regex(/^[^\s"'“”‘’=][^\s"'“”‘’]*$/, "Must not contain spaces or quotes, or start with \"=\".");
export type SecretValue = z.infer<typeof SecretValue>;

/** A host or domain name, lower-cased. */
export const HostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "Must be a host name such as addon-acme.eu.goskope.com.");
export type HostName = z.infer<typeof HostName>;

/** A single word: no whitespace or quotes. */
export const PlainWord = z.string().trim().min(1).regex(/^[^\s"'“”‘’]+$/, "Must not contain spaces or quotes.");
export type PlainWord = z.infer<typeof PlainWord>;

/** A file path (quoted on output when it has spaces). */
export const FilePath = z.string().trim().min(1).regex(/^[^"“”]+$/, "Must not contain quotes.");
export type FilePath = z.infer<typeof FilePath>;

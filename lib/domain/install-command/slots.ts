// Plain constants of the install commands, kept apart from the zod option schemas (build.ts, jamf.ts):
// the browser's command builder imports them, and zod would add ~30 kB to its page (issue 6).

/** Where msiexec writes its log unless told otherwise. */
export const DEFAULT_LOG_PATH = "%PUBLIC%\\nscinstall.log";

/** The Jamf policy's script parameters the install script reads. */
export const JAMF_SLOTS = ["$4", "$5", "$6", "$7", "$8", "$9", "$10", "$11"] as const;
export type JamfSlot = (typeof JAMF_SLOTS)[number];
export type JamfParameters = Record<JamfSlot, string>;

// The shape in which an error leaves the server (server actions' `serverError`, route handlers'
// `{ error }`): shared by the server, which makes it, and client components, which explain it.
export type ErrorCode = "validation" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "error" | "internal";

export interface PublicError {
  code: ErrorCode;
  message: string;
  /** a stable cause the UI can explain in the user's language, e.g. "last_admin" */
  reason?: string;
  /** the reference of an unexpected error, also in the server log */
  ref?: string;
  fieldErrors?: Record<string, string[]>;
}

export const ERROR_REASONS = ["email_taken", "self", "last_admin", "setup_done", "already_revoked", "disabled", "csrf", "user_only", "not_configured"] as const;

// Named errors that services throw. The action client and route handlers show an expected error's
// message and map it to a status; anything else becomes a generic message with a correlation id.
export class AppError extends Error {
  readonly status: number = 500;
  readonly expected: boolean = true;
  /** a stable machine-readable cause (e.g. "last_admin") the UI can explain in the user's language */
  reason?: string;
}

export class ValidationError extends AppError {
  override readonly status = 400;
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends AppError {
  override readonly status = 404;
  constructor(message = "Not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends AppError {
  override readonly status = 403;
  constructor(message = "You are not allowed to do this", reason?: string) {
    super(message);
    this.name = "ForbiddenError";
    this.reason = reason;
  }
}

export class UnauthorizedError extends AppError {
  override readonly status = 401;
  constructor(message = "Sign in first") {
    super(message);
    this.name = "UnauthorizedError";
  }
}

export class ConflictError extends AppError {
  override readonly status = 409;
  constructor(message: string, reason?: string) {
    super(message);
    this.name = "ConflictError";
    this.reason = reason;
  }
}

/** True for errors whose message is safe and useful to show to the user. */
export function isExpectedError(e: unknown): e is AppError {
  return e instanceof AppError && e.expected;
}

/** A vendor integration lacks its credentials (no API token, no MDM connection). */
export class NotConfiguredError extends AppError {
  override readonly status = 409;
  constructor(message: string) {
    super(message);
    this.name = "NotConfiguredError";
    this.reason = "not_configured";
  }
}

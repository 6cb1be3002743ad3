// The one catalogue of errors the system raises on purpose. Each code maps to an HTTP
// status and to a message key in the locale files; params fill the message.
export const errorCatalogue = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rule_violation: 422,
  too_many_requests: 429,
  schema_too_new: 500,
  data_dir_locked: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export interface FieldProblem {
  /** Dotted path of the field, e.g. "clauses.2.text". */
  field: string;
  /** Locale key of the rule the field broke. */
  rule: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    /** Locale key of the specific message; defaults to error.<code>. */
    readonly messageKey: string = `error.${code}`,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${code}: ${messageKey} ${JSON.stringify(params)}`);
    this.name = 'AppError';
    this.status = errorCatalogue[code];
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', 'error.not_found', { what, id });
export const ruleViolation = (rule: string, params: Record<string, string | number> = {}) =>
  new AppError('rule_violation', rule, params);
export const conflict = (rule: string, params: Record<string, string | number> = {}) =>
  new AppError('conflict', rule, params);
export const invalid = (fields: FieldProblem[]) => new AppError('validation', 'error.validation', {}, fields);
export const forbidden = (rule = 'error.forbidden') => new AppError('forbidden', rule);

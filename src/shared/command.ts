// Every write is a named command: input validated before anything is touched, then one
// transaction that does the work and writes its audit entry. A failure leaves nothing behind.
import type { z } from 'zod';
import type { Db, Tx } from '../db/connect.ts';
import type { Actor } from './actor.ts';
import { AppError, type FieldProblem } from './errors.ts';

export interface Command<S extends z.ZodType, O> {
  name: string;
  input: S;
  run(tx: Tx, actor: Actor, input: z.output<S>): Promise<O>;
}

export function defineCommand<S extends z.ZodType, O>(command: Command<S, O>): Command<S, O> {
  return command;
}

/**
 * Text without NUL characters, in strings, arrays and plain objects (files and other values as they are): PostgreSQL
 * cannot store a NUL, and one pasted from another program is invisible, so it is dropped rather than refused.
 */
function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNul(v)]));
  }
  return value;
}

export function validate<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(withoutNul(raw));
  if (parsed.success) return parsed.data;
  throw invalidInput(parsed.error.issues);
}

/** The validation error for zod's issues: each field with the rule it broke. */
export const invalidInput = (issues: z.core.$ZodIssue[]) => new AppError('validation', 'error.validation', {}, issues.map(toFieldProblem));

function toFieldProblem(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? { field, rule: Number(issue.minimum) <= 1 ? 'rule.required' : 'rule.min_length', params: { min: Number(issue.minimum) } }
        : { field, rule: 'rule.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { field, rule: 'rule.max_length', params: { max: Number(issue.maximum) } }
        : { field, rule: 'rule.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return { field, rule: `rule.format.${issue.format}` };
    case 'invalid_value':
      return { field, rule: 'rule.one_of', params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_type':
      return { field, rule: issue.input === undefined ? 'rule.required' : 'rule.type', params: { expected: issue.expected } };
    case 'custom':
      return { field, rule: issue.message, params: (issue.params ?? {}) as Record<string, string | number> };
    default:
      return { field, rule: 'rule.invalid' };
  }
}

export async function runCommand<S extends z.ZodType, O>(db: Db, actor: Actor, command: Command<S, O>, raw: unknown): Promise<O> {
  const input = validate(command.input, raw);
  return db.transaction((tx) => command.run(tx, actor, input));
}

/** For commands composed inside another command's transaction. */
export async function runInTx<S extends z.ZodType, O>(tx: Tx, actor: Actor, command: Command<S, O>, raw: unknown): Promise<O> {
  return command.run(tx, actor, validate(command.input, raw));
}

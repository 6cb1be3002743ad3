// Running a command from a route: the signed-in user is the actor.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env.ts';
import { runCommand, type Command } from '../shared/command.ts';
import type { Actor } from '../shared/actor.ts';
import { AppError } from '../shared/errors.ts';

export function actorOf(c: Context<AppEnv>): Actor {
  const p = c.get('principal');
  if (p.kind !== 'user') throw new AppError('unauthenticated');
  return { kind: 'user', id: p.userId, name: p.name };
}

export function run<S extends z.ZodType, O>(c: Context<AppEnv>, command: Command<S, O>, input: z.input<S>): Promise<O> {
  return runCommand(c.get('deps').database.db, actorOf(c), command, input);
}

/** Redirect after a successful post; the next page shows the message with this locale key (ok.<key>). */
export function done(c: Context<AppEnv>, to: string, message?: string) {
  const url = message ? `${to}${to.includes('?') ? '&' : '?'}ok=${message}` : to;
  return c.redirect(url, 303);
}

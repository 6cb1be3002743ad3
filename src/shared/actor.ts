/** Who performs a command. Users come with accounts; system actors are the importer, the demo loader, the CLI. */
export type Actor =
  | { kind: 'user'; id: string; name: string }
  | { kind: 'system'; id: null; name: string };

export const systemActor = (name: string): Actor => ({ kind: 'system', id: null, name });

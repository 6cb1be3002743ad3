// The whole schema, gathered from the domain folders, for Drizzle and drizzle-kit.
export * from '../bodies/schema.ts';
export * from '../people/schema.ts';
export * from '../meetings/schema.ts';
export * from '../cases/schema.ts';
export * from '../agenda/schema.ts';
export * from '../documents/schema.ts';
export * from '../audit/schema.ts';
export * from '../search/schema.ts';
export * from '../accounts/schema.ts';
export * from '../minutes/schema.ts';

/** A submitted GET form sends empty fields for what was left blank: those mean "not given". */
export const filledQuery = (query: Record<string, string>) => Object.fromEntries(Object.entries(query).filter(([, v]) => v.trim() !== ''));

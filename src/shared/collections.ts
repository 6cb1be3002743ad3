/** Groups items by a key (Map.groupBy arrives only in Node 21). */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Numbers in ascending order, each once ("not there for items 3, 2, 3" is items 2 and 3). */
export const ascendingUnique = (numbers: Iterable<number>): number[] => [...new Set(numbers)].sort((a, b) => a - b);

/**
 * Appends every item. `target.push(...items)` passes each item as an argument and fails with "Maximum call
 * stack size exceeded" from about 100,000 items: a document's list can be that long.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

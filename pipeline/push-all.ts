/**
 * Append every item of a list of any length. `into.push(...items)` passes each item as an
 * argument, and past about 100 000 of them throws "Maximum call stack size exceeded".
 */
export function pushAll<T>(into: T[], items: Iterable<T>): T[] {
  for (const item of items) into.push(item);
  return into;
}

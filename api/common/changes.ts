/**
 * The fields an update input actually carries: omitted (undefined) fields are dropped,
 * explicit nulls are kept so `SET n += $changes` removes the property.
 */
export function definedChanges<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

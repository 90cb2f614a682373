/** Analytics at people level are person-level data: a researcher's read of them is audited. */
export function atPeopleLevel(args: Record<string, unknown>): boolean {
  return (args.level ?? 'PEOPLE') === 'PEOPLE';
}

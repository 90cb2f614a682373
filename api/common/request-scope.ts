/**
 * Who is asking, and for which council. Every service method takes one explicitly; the
 * access guard builds it from the caller's role in the council the request names.
 */
export interface RequestScope {
  councilId: string;
  /** The user id of the caller (recorded on changes), or "system" for internal work. */
  actor: string;
  /** Display names and role titles may be shown: the council's names setting is on and the role allows. */
  revealNames: boolean;
  /** A researcher: pseudonyms always, and groups of fewer than 5 actors are suppressed. */
  researcher: boolean;
}

/** A scope for trusted internal work (seed, migrations, tests of services): names visible. */
export function systemScope(councilId: string): RequestScope {
  return { councilId, actor: 'system', revealNames: true, researcher: false };
}

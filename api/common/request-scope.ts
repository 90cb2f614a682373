/**
 * Who is asking, and for which council. Every service method takes one explicitly, so
 * access control can later be enforced in one place without rewriting services.
 * Until sign-in exists the actor is anonymous.
 */
export interface RequestScope {
  councilId: string;
  actor: string;
}

export function scopeFor(councilId: string, actor = 'anonymous'): RequestScope {
  return { councilId, actor };
}

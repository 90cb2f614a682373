import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';

/** Kinds of actor a tie can join (PROFESSION and SECTOR nodes are aggregates, not actors). */
const TIE_KINDS = new Set(['PERSON', 'TEAM', 'ORGANISATION']);

/** An actor as the tie form names it: KIND:id. */
export type ActorRef = `${string}:${string}`;

/** The pointer's end of the line being drawn, and the line (styled by id in model/style.ts). */
export const GHOST = 'draw-tie-ghost';
export const LINE = 'draw-tie-line';

function actor(n: NodeSingular): ActorRef | null {
  const kind = String(n.data('kind') ?? '');
  if (!TIE_KINDS.has(kind) || n.hasClass('absent') || n.hasClass('compound')) return null;
  return `${kind}:${n.id()}`;
}

/**
 * "Draw a tie" mode: press on one actor, drag, release on another, and `onDrawn` gets both
 * (the new-tie form opens with them filled in; nothing is written until it is saved). While
 * the mode is on, nodes cannot be moved, so a drag from a node always draws. A dashed line
 * follows the pointer; it is a temporary element that takes no events, so the release lands
 * on the node under it.
 */
export function useDrawTie(
  cy: Core | null,
  on: boolean,
  onDrawn: ((from: ActorRef, to: ActorRef) => void) | undefined,
): void {
  const callback = useRef(onDrawn);
  useEffect(() => {
    callback.current = onDrawn;
  }, [onDrawn]);
  useEffect(() => {
    if (!cy || !on) return;
    let source: NodeSingular | null = null;
    const grabbable = cy.autoungrabify();
    const panning = cy.userPanningEnabled();
    cy.autoungrabify(true);
    const clear = () => {
      cy.remove(`#${GHOST}, #${LINE}`);
      source = null;
      cy.userPanningEnabled(panning);
    };
    const start = (e: EventObject) => {
      const node = e.target as NodeSingular;
      if (!actor(node)) return;
      source = node;
      cy.userPanningEnabled(false);
      cy.add([
        { group: 'nodes', data: { id: GHOST }, position: { ...e.position } },
        {
          group: 'edges',
          data: { id: LINE, source: node.id(), target: GHOST, width: 2, colour: '#1b1f24' },
        },
      ]);
    };
    const move = (e: EventObject) => {
      if (source) cy.getElementById(GHOST).position({ ...e.position });
    };
    const end = (e: EventObject) => {
      if (!source) return;
      const from = actor(source);
      const target = e.target as NodeSingular | Core;
      const to =
        target !== cy && (target as NodeSingular).isNode?.() && target !== source
          ? actor(target as NodeSingular)
          : null;
      clear();
      if (from && to) callback.current?.(from, to);
    };
    cy.on('tapstart', 'node', start);
    cy.on('tapdrag', move);
    cy.on('tapend', end);
    return () => {
      cy.off('tapstart', 'node', start);
      cy.off('tapdrag', move);
      cy.off('tapend', end);
      clear();
      cy.autoungrabify(grabbable);
    };
  }, [cy, on]);
}

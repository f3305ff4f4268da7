import type { Bundle } from '../../../src/ingest';
import type { GraphSnapshot } from '../ingest/helpers';

/**
 * A second report, by Radio Liberty: a duplicate of RFE/RL under another id that makes a statement, relays
 * one, belongs to a body and has a member who speaks for it, so that merging it into RFE/RL moves each kind
 * of edge.
 */
export const LIBERTY: Bundle = {
  document: { id: 'doc-liberty', title: 'Radio Liberty on the raids' },
  sources: [
    {
      id: 'src-radio-liberty',
      name: 'Radio Liberty',
      type: 'MEDIA',
      aliases: ['Radio Azattyk'],
      memberOf: ['src-us'],
    },
    {
      id: 'src-ryskeldi',
      name: 'Ryskeldi',
      type: 'PERSON',
      memberOf: ['src-radio-liberty'],
      speaksFor: 'src-radio-liberty',
    },
  ],
  statements: [
    {
      id: 'st-liberty-brutal',
      source: 'Radio Azattyk',
      via: ['src-us'],
      quote: 'the raids were brutal',
      stances: [{ claim: 'clm-osh-bishkek-forces-acted-brutally', stance: 'SUPPORTS' }],
    },
    {
      id: 'st-ryskeldi-nobody-died',
      source: 'src-ryskeldi',
      via: ['src-radio-liberty'],
      quote: 'nobody died',
      stances: [{ claim: 'clm-deaths-none', stance: 'SUPPORTS' }],
    },
  ],
};

/** The graph but for audit entries, which every call by a key adds, done or not (see audit.test.ts). */
export function withoutAudit(snapshot: GraphSnapshot): GraphSnapshot {
  return {
    nodes: snapshot.nodes.filter((n) => !n.labels.includes('AuditEntry')),
    relationships: snapshot.relationships,
  };
}

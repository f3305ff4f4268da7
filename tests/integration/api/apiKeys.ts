import fs from 'node:fs';
import type { Bundle } from '../../../src/ingest';
import { graphql } from '../../support/http';
import { SAMPLE_FILE } from '../../support/sample';

/** One key per role, as API_KEYS gives them to the service. */
export const KEYS = {
  reader: 'reader1-key-0123456789',
  writer: 'writer1-key-0123456789',
  admin: 'admin1-key-0123456789',
} as const;
export type KeyRole = keyof typeof KEYS;

export const API_KEYS = Object.entries(KEYS)
  .map(([role, key]) => `${role}1:${role}:${key}`)
  .join(',');

export interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Posts an operation with the key of a role, or with no key. */
export async function callAs<T = Record<string, unknown>>(
  url: string,
  role: KeyRole | 'nobody',
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLAnswer<T> & { status: number }> {
  const headers: Record<string, string> = role === 'nobody' ? {} : { authorization: `Bearer ${KEYS[role]}` };
  const { status, body } = await graphql<T>(url, query, variables, headers);
  return { status, ...body };
}

/** The seed bundle as the ingest mutation receives it. */
export const seedBundle = (): Bundle => JSON.parse(fs.readFileSync(SAMPLE_FILE, 'utf8')) as Bundle;

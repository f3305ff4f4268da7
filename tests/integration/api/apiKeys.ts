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

/**
 * Calls to the service at `url()` (read when a call is made: tests start the service in beforeAll): `call`
 * answers whatever comes back, `data` the data of a call that must succeed, `failure` the code and message
 * of a call that must fail with one error.
 */
export function apiCalls(url: () => string) {
  const call = <T>(role: KeyRole | 'nobody', query: string, variables: Record<string, unknown> = {}) =>
    callAs<T>(url(), role, query, variables);
  const data = async <T>(role: KeyRole, query: string, variables: Record<string, unknown> = {}) => {
    const answer = await call<T>(role, query, variables);
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data as T;
  };
  const failure = async (
    role: KeyRole | 'nobody',
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const answer = await call(role, query, variables);
    if (answer.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(answer)}`);
    return { code: answer.errors[0]?.extensions?.code, message: answer.errors[0]?.message ?? '' };
  };
  return { call, data, failure };
}

/** The seed bundle as the ingest mutation receives it. */
export const seedBundle = (): Bundle => JSON.parse(fs.readFileSync(SAMPLE_FILE, 'utf8')) as Bundle;

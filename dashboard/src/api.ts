// The dashboard's only way to the data: POST /graphql, as any other client of the public API.

const KEY_STORAGE = 'whosaid.apiKey';
const ENDPOINT = '/graphql';

type KeyListener = (key: string | null) => void;
const keyListeners = new Set<KeyListener>();

/** The API key entered in this tab, if any. It lives in sessionStorage only: closing the tab forgets it. */
export function apiKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}

export function setApiKey(key: string | null): void {
  try {
    if (key === null || key.trim() === '') sessionStorage.removeItem(KEY_STORAGE);
    else sessionStorage.setItem(KEY_STORAGE, key.trim());
  } catch {
    // Storage refused (private mode with storage off): the key cannot be kept, and requests go without it.
  }
  const current = apiKey();
  keyListeners.forEach((listener) => listener(current));
}

export function onApiKeyChange(listener: KeyListener): () => void {
  keyListeners.add(listener);
  return () => keyListeners.delete(listener);
}

export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** A request that failed: the API's errors (with their codes), or the HTTP or network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The key is missing, unknown or too weak for what was asked. */
  get needsKey(): boolean {
    return this.codes.includes('UNAUTHENTICATED') || this.codes.includes('FORBIDDEN');
  }
}

/**
 * A GraphQL document the dashboard sends (queries.ts), carrying the types of its answer and of its variables
 * (generated/operations.ts), so that graphql() and useQuery() check the variables and type the answer. The
 * property is never set: it only holds the types.
 */
export type Operation<Result, Variables> = string & { readonly __types?: [Result, Variables] };

export async function graphql<T, V>(
  query: Operation<T, V>,
  variables: NoInfer<V>,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  const key = apiKey();
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(`The service did not answer: ${(error as Error).message}`, [], null);
  }
  let body: { data?: T | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`The service answered HTTP ${response.status} without GraphQL`, [], response.status);
  }
  if (body.errors && body.errors.length > 0) {
    const codes = body.errors.map((e) => e.extensions?.code ?? 'ERROR');
    throw new ApiError(body.errors.map((e) => e.message).join('; '), codes, response.status);
  }
  if (!body.data) throw new ApiError(`The service answered HTTP ${response.status} with no data`, [], null);
  return body.data;
}

/** A GraphQL string literal (JSON's string syntax is GraphQL's), for ids written into aliased fields. */
export const literal = (value: string): string => JSON.stringify(value);

import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, apiKey, graphql, onApiKeyChange, type Operation } from './api';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  /** Asks again (after a change made through a mutation). */
  refetch: () => void;
}

/**
 * Runs a query whenever its variables change (or the API key does), cancelling the answer still awaited for
 * the previous ones, so that a slow answer never overwrites a newer one. `skip` holds the query back.
 */
export function useQuery<T, V>(query: Operation<T, V>, variables: NoInfer<V>, skip = false): QueryState<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: !skip,
  });
  const [round, setRound] = useState(0);
  const key = useApiKey();
  const vars = JSON.stringify(variables);

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    graphql(query, JSON.parse(vars) as V, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure =
          error instanceof ApiError ? error : new ApiError(String((error as Error).message), [], null);
        setState({ data: null, error: failure, loading: false });
      },
    );
    return () => controller.abort();
  }, [query, vars, skip, round, key]);

  const refetch = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, refetch };
}

/** The API key of this tab, updated when it is set or forgotten. */
export function useApiKey(): string | null {
  const [key, setKey] = useState(apiKey);
  useEffect(() => onApiKeyChange(setKey), []);
  return key;
}

/** Sets the document's title while the page shows. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · whosaid`;
  }, [title]);
}

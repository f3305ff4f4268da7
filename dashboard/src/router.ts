import { useEffect, useState } from 'preact/hooks';

/** Where the service serves the dashboard: /dashboard/ (vite's `base`). */
export const BASE = import.meta.env.BASE_URL;

export interface Location {
  /** The path below BASE, without leading or trailing slashes: '', 'claims/x', 'sources/y'. */
  path: string;
  /** The path split at slashes, each part decoded. */
  parts: string[];
  query: URLSearchParams;
  hash: string;
}

const listeners = new Set<() => void>();
let navigations = 0;

function current(): Location {
  const pathname = window.location.pathname;
  const below = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : '';
  const path = below.replace(/^\/+|\/+$/g, '');
  return {
    path,
    parts: path === '' ? [] : path.split('/').map((part) => decodeURIComponent(part)),
    query: new URLSearchParams(window.location.search),
    hash: window.location.hash,
  };
}

/** A dashboard URL: `to('claims', id)` is /dashboard/claims/<id>, each part encoded. */
export function to(...parts: string[]): string {
  return BASE + parts.map((part) => encodeURIComponent(part)).join('/');
}

/** With a query string: `withQuery(to('claims'), { status: 'CONTESTED' })`; empty values are left out. */
export function withQuery(url: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text === '' ? url : `${url}?${text}`;
}

export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  navigations += 1;
  listeners.forEach((listener) => listener());
}

/** How many times the user moved within the app: 0 on the page first loaded. */
export const navigationCount = (): number => navigations;

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    const onPop = () => {
      navigations += 1;
      update();
    };
    listeners.add(update);
    window.addEventListener('popstate', onPop);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
  return location;
}

/**
 * Follows clicks on links within the dashboard without reloading the page. Links that ask for another tab
 * or window (modifier keys, middle button, target) and links elsewhere behave as links always do.
 */
export function interceptLinks(root: Document): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest('a');
    if (!anchor || (anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(BASE)) return;
    event.preventDefault();
    const same = url.pathname === window.location.pathname && url.search === window.location.search;
    if (same && url.hash) {
      window.location.hash = url.hash;
      return;
    }
    navigate(url.pathname + url.search + url.hash);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

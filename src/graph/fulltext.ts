// Lucene's query syntax: these characters (and && and ||) are operators unless escaped.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A full-text query from plain words, each taken literally: `any` ranks items by how many words they hold
 * (for search), `all` requires every word (for filters). Null when the text holds no words.
 */
export function fulltextQuery(text: string, mode: 'any' | 'all'): string | null {
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '')
    // AND, OR and NOT in capitals are operators too; the index folds case, so lower case loses nothing.
    .map((w) => (/^(AND|OR|NOT)$/.test(w) ? w.toLowerCase() : w).replace(SPECIAL, (c) => `\\${c}`));
  if (words.length === 0) return null;
  return words.map((w) => (mode === 'all' ? `+${w}` : w)).join(' ');
}

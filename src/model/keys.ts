import type { Bundle, BundleStatement } from './bundle';
import crypto from 'node:crypto';

/**
 * The key under which an alias (or a source id) is looked up and kept unique: trimmed, case-folded and
 * without diacritics, so that "Akayev", " akayev " and "Akàyev" are one alias.
 */
export function aliasKey(alias: string): string {
  return alias.normalize('NFKD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Questions are compared trimmed and case-insensitively. */
export function questionKey(question: string): string {
  return question.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function sha256(...parts: string[]): string {
  const hash = crypto.createHash('sha256');
  // A separator that cannot occur in the parts keeps ("ab","c") and ("a","bc") apart.
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/** JSON with object keys sorted, so that equal content hashes equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** A missing document id: from the url when there is one, else from the text and title. */
export function derivedDocumentId(document: { url?: string; text?: string; title?: string }): string {
  const basis =
    document.url !== undefined
      ? sha256('url', document.url)
      : sha256('text', document.text ?? '', document.title ?? '');
  return `doc-${basis.slice(0, 24)}`;
}

/**
 * A missing statement id, from the document, the speaker as written in the bundle and where the words are
 * (the span, else the quote): the same input always gets the same id, even after sources are merged.
 */
export function derivedStatementId(
  documentId: string,
  speakerAsWritten: string,
  span: { start: number; end: number } | undefined,
  quote: string | undefined,
): string {
  const where = span ? `span:${span.start}:${span.end}` : `quote:${quote ?? ''}`;
  return `st-${sha256(documentId, speakerAsWritten, where).slice(0, 24)}`;
}

export const documentIdOf = (bundle: Bundle): string =>
  bundle.document.id ?? derivedDocumentId(bundle.document);

export const statementIdOf = (documentId: string, statement: BundleStatement): string =>
  statement.id ?? derivedStatementId(documentId, statement.source, statement.span, statement.quote);

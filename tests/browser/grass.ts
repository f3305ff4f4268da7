/**
 * A strict reader of Neo4j Browser's graph style sheets (GraSS). Browser's own reader (parseGrass in
 * neo4j-browser's grassUtils) never fails: it glues a comment onto the next selector, drops a declaration
 * whose value holds a `:`, ends a rule at a `}` outside quotes, and ignores what it cannot draw. So this one
 * refuses all of that, naming the line, and returns the style as Browser stores it; that Browser really reads
 * the file so is checked in Browser itself (tests/browser/seedInBrowser.test.ts).
 */

export type GrassKind = 'node' | 'relationship';

/** Selector (`node.Source`, `relationship.VIA`) to property to value, the form of localStorage `neo4j.grass`. */
export type GrassStyle = Record<string, Record<string, string>>;

// What Browser 5 draws with: the properties of its default style (GraphStyleModel) and caption.
const PROPERTIES: Record<GrassKind, ReadonlySet<string>> = {
  node: new Set([
    'diameter',
    'color',
    'border-color',
    'border-width',
    'text-color-internal',
    'font-size',
    'caption',
  ]),
  relationship: new Set([
    'color',
    'shaft-width',
    'font-size',
    'padding',
    'text-color-external',
    'text-color-internal',
    'caption',
  ]),
};

// A rule's body ends at the first `}` outside quotes, as in Browser.
const RULE = /\s*([^\s{}]+)\s*\{((?:[^{}'"]|'[^']*'|"[^"]*")*)\}/y;
const SELECTOR = /^(node|relationship)(?:\.[A-Za-z_][A-Za-z0-9_]*)?$/;
const DECLARATION = /^\s*([a-z-]+)\s*:\s*(.*?)\s*$/s;
const COLOUR = /^#[0-9A-Fa-f]{6}$/;
const SIZE = /^\d+(?:\.\d+)?px$/;
// Single quotes, as Browser writes captions itself: its other reader (GraphStyleModel.parse) knows no others.
const CAPTION = /^'([^'"]*)'$/;
const PROPERTY_REFERENCE = /\{[A-Za-z_][A-Za-z0-9_]*\}/g;

export class GrassError extends Error {}

export function parseGrassStrictly(text: string): GrassStyle {
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const error = (offset: number, why: string) => new GrassError(`line ${lineAt(offset)}: ${why}`);

  const comment = text.search(/\/\*|\/\//);
  if (comment >= 0)
    throw error(comment, 'comments are not GraSS: Browser would read one as part of a selector');

  const style: GrassStyle = {};
  let at = 0;
  while (text.slice(at).trim() !== '') {
    RULE.lastIndex = at;
    const match = RULE.exec(text);
    const next = at + text.slice(at).length - text.slice(at).trimStart().length;
    if (!match) throw error(next, 'expected `selector { property: value; ... }`');
    const [whole, selector = '', body = ''] = match;
    const kind = SELECTOR.exec(selector)?.[1] as GrassKind | undefined;
    if (!kind) throw error(next, `${selector} is not node, relationship, node.Label or relationship.TYPE`);
    if (style[selector]) throw error(next, `${selector} is styled twice`);
    const bodyAt = at + whole.indexOf('{') + 1;
    style[selector] = parseDeclarations(kind, body, (offset, why) => error(bodyAt + offset, why));
    at += whole.length;
  }
  return style;
}

function parseDeclarations(
  kind: GrassKind,
  body: string,
  error: (offset: number, why: string) => GrassError,
): Record<string, string> {
  const props: Record<string, string> = {};
  const parts = body.split(';');
  const rest = parts.pop() ?? '';
  if (rest.trim() !== '') throw error(body.lastIndexOf(rest.trim()), 'a declaration must end with `;`');
  let offset = 0;
  for (const part of parts) {
    const partAt = offset + part.length - part.trimStart().length;
    offset += part.length + 1;
    const declaration = DECLARATION.exec(part);
    if (!declaration)
      throw error(partAt, `expected \`property: value;\`, found ${JSON.stringify(part.trim())}`);
    const [, name = '', value = ''] = declaration;
    if (!PROPERTIES[kind].has(name)) throw error(partAt, `${kind} has no property ${name}`);
    if (name in props) throw error(partAt, `${name} is given twice`);
    const why = invalidValue(name, value);
    if (why) throw error(partAt, why);
    props[name] = name === 'caption' ? value.slice(1, -1) : value;
  }
  return props;
}

function invalidValue(name: string, value: string): string | undefined {
  if (name === 'caption') {
    const caption = CAPTION.exec(value)?.[1];
    if (caption === undefined) return `a caption is one single-quoted string, found ${value}`;
    if (caption === '<type>' || caption === '<id>') return undefined;
    // Browser splits declarations at `:`, and fills in {property} but <type> and <id> only as the whole caption.
    if (/[:{}<>]/.test(caption.replace(PROPERTY_REFERENCE, ''))) {
      return `caption ${caption} may hold text and {property}, or be just <type> or <id>`;
    }
    return undefined;
  }
  if (name.includes('color'))
    return COLOUR.test(value) ? undefined : `${name} must be #RRGGBB, found ${value}`;
  return SIZE.test(value) ? undefined : `${name} must be a size in px, found ${value}`;
}

/** The properties a caption shows, e.g. ['name'] for `{name}`. */
export function captionProperties(caption: string): string[] {
  return [...caption.matchAll(PROPERTY_REFERENCE)].map((m) => m[0].slice(1, -1));
}

/** Hue (degrees, 0 to 360), saturation and lightness (0 to 1) of a `#RRGGBB` colour. */
export function hsl(colour: string): { hue: number; saturation: number; lightness: number } {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  const sector =
    max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return { hue: sector * 60, saturation, lightness };
}

import fs from 'node:fs';

import { GrassError, captionProperties, hsl, parseGrassStrictly, type GrassStyle } from './grass';
import { STYLE_FILE } from './savedQueries';

// The style sheet for Neo4j Browser (neo4j/whosaid.grass), read strictly: what the issue asks of it. That
// Browser reads it the same way is checked in Browser (seedInBrowser.test.ts).

const isGreen = (colour: string) => Math.abs(hsl(colour).hue - 130) <= 35 && hsl(colour).saturation > 0.2;
const isRed = (colour: string) => {
  const { hue, saturation } = hsl(colour);
  return (hue <= 15 || hue >= 345) && saturation > 0.2;
};

describe('neo4j/whosaid.grass', () => {
  let style: GrassStyle;
  const rule = (selector: string): Record<string, string> => {
    const props = style[selector];
    if (!props) throw new Error(`no rule for ${selector}`);
    return props;
  };

  beforeAll(() => {
    style = parseGrassStrictly(fs.readFileSync(STYLE_FILE, 'utf8'));
  });

  test('sets every default itself, since a style loaded into Browser replaces the whole default style', () => {
    expect(Object.keys(rule('node')).sort()).toEqual(
      ['border-color', 'border-width', 'color', 'diameter', 'font-size', 'text-color-internal'].sort(),
    );
    expect(Object.keys(rule('relationship')).sort()).toEqual(
      [
        'caption',
        'color',
        'font-size',
        'padding',
        'shaft-width',
        'text-color-external',
        'text-color-internal',
      ].sort(),
    );
  });

  test('colours every label of the model apart, with a caption that reads well', () => {
    const captions = {
      Source: ['name'],
      Statement: ['quote'],
      Claim: ['text'],
      Document: ['title'],
      Question: ['text'],
      Alias: ['name'],
    };
    for (const [label, properties] of Object.entries(captions)) {
      const props = rule(`node.${label}`);
      expect({ label, caption: captionProperties(props.caption ?? '') }).toEqual({
        label,
        caption: properties,
      });
      expect(props.color).toBeDefined();
    }
    const fills = Object.keys(captions).map((label) => rule(`node.${label}`).color);
    expect(new Set(fills).size).toBe(fills.length);
    // Green and red mean a stance: no label takes them.
    for (const fill of fills)
      expect({ fill, stanceColour: isGreen(fill ?? '') || isRed(fill ?? '') }).toEqual({
        fill,
        stanceColour: false,
      });
  });

  test('draws SUPPORTS green and CONTRADICTS red, and the derived figure relations paler and thinner', () => {
    const supports = rule('relationship.SUPPORTS');
    const contradicts = rule('relationship.CONTRADICTS');
    const figureSupports = rule('relationship.FIGURE_SUPPORTS');
    const figureConflicts = rule('relationship.FIGURE_CONFLICTS');
    const width = (props: Record<string, string>) =>
      parseFloat(props['shaft-width'] ?? rule('relationship')['shaft-width'] ?? '');

    expect(isGreen(supports.color ?? '')).toBe(true);
    expect(isRed(contradicts.color ?? '')).toBe(true);
    expect(isGreen(figureSupports.color ?? '')).toBe(true);
    expect(isRed(figureConflicts.color ?? '')).toBe(true);
    for (const [explicit, derived] of [
      [supports, figureSupports],
      [contradicts, figureConflicts],
    ] as const) {
      expect(hsl(derived.color ?? '').lightness).toBeGreaterThan(hsl(explicit.color ?? '').lightness + 0.15);
      expect(width(derived)).toBeLessThan(width(explicit));
    }
    for (const type of ['SUPPORTS', 'CONTRADICTS', 'FIGURE_SUPPORTS', 'FIGURE_CONFLICTS']) {
      expect(rule(`relationship.${type}`).caption).toBe('<type>');
    }
  });

  test('styles every relationship type of the model', () => {
    const types = [
      'MADE',
      'IN',
      'VIA',
      'MEMBER_OF',
      'SPEAKS_FOR',
      'KNOWN_AS',
      'ANSWERS',
      'SUPERSEDES',
      'MERGED',
    ];
    for (const type of types) expect(rule(`relationship.${type}`).color).toMatch(/^#[0-9A-F]{6}$/i);
  });
});

describe('the strict GraSS reader', () => {
  test('reads selectors, sizes, colours and captions as Browser stores them', () => {
    expect(
      parseGrassStrictly(
        `node {\n  diameter: 50px;\n}\nnode.Source {\n  color: #4C8EDA;\n  caption: '{name}';\n}\n`,
      ),
    ).toEqual({ node: { diameter: '50px' }, 'node.Source': { color: '#4C8EDA', caption: '{name}' } });
    expect(parseGrassStrictly(`relationship.VIA { caption: 'via {order}'; }`)).toEqual({
      'relationship.VIA': { caption: 'via {order}' },
    });
  });

  test.each([
    ['a comment', `/* sources */\nnode.Source { color: #4C8EDA; }`, /line 1: comments/],
    [
      'a double-quoted caption',
      `node.Source {\n  caption: "{name}";\n}`,
      /line 2: a caption is one single-quoted/,
    ],
    ['a colon in a caption', `node.Claim { caption: 'claim: {text}'; }`, /may hold text and \{property\}/],
    ['<type> inside a longer caption', `relationship.VIA { caption: 'VIA <type>'; }`, /may hold text/],
    ['a missing semicolon', `node.Claim {\n  color: #C990C0\n}`, /line 2: a declaration must end with `;`/],
    [
      'an unknown property',
      `node.Claim {\n  shaft-width: 2px;\n}`,
      /line 2: node has no property shaft-width/,
    ],
    ['a colour by name', `relationship.SUPPORTS { color: green; }`, /color must be #RRGGBB/],
    ['a size without unit', `node { diameter: 50; }`, /diameter must be a size in px/],
    ['a selector by property', `node[status] { color: #C990C0; }`, /is not node, relationship/],
    [
      'a selector given twice',
      `node.Claim { color: #C990C0; }\nnode.Claim { diameter: 80px; }`,
      /line 2: node.Claim is styled twice/,
    ],
    ['a property given twice', `node { color: #C990C0; color: #4C8EDA; }`, /color is given twice/],
    ['an unclosed rule', `node.Claim { color: #C990C0;`, /expected `selector \{/],
  ])('refuses %s', (_, text, error) => {
    expect(() => parseGrassStrictly(text)).toThrow(GrassError);
    expect(() => parseGrassStrictly(text)).toThrow(error);
  });
});

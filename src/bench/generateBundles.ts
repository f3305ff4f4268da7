import type { Bundle, BundleSource, BundleStatement } from '../ingest';

export interface GeneratorSize {
  bundles: number;
  statementsPerBundle: number;
  sources: number;
  claims: number;
  questions: number;
}

/** The ingest benchmark's input: 100,000 statements in 2,000 bundles, 20,000 sources, 30,000 claims. */
export const BENCH_SIZE: GeneratorSize = {
  bundles: 2000,
  statementsPerBundle: 50,
  sources: 20_000,
  claims: 30_000,
  questions: 5000,
};

/** The benchmark's input scaled (a tenth at 0.1, ten times at 10), in the same proportions. */
export function scaledSize(scale: number): GeneratorSize {
  const scaled = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    ...BENCH_SIZE,
    bundles: scaled(BENCH_SIZE.bundles),
    sources: scaled(BENCH_SIZE.sources),
    claims: scaled(BENCH_SIZE.claims),
    questions: scaled(BENCH_SIZE.questions),
  };
}

const TYPES = ['PERSON', 'ORGANIZATION', 'MEDIA', 'GROUP', 'GOVERNMENT'] as const;
const CUES = ['said', 'says', 'told', 'estimated', 'claimed', 'denied', 'reported'];

/**
 * Deterministic bundles shaped like real ones: each defines its share of the sources and claims and its
 * statements refer to those and to ones defined by earlier bundles (so lookups across bundles are
 * exercised), with relays, memberships, exact spans and one or two stances each.
 */
export function* generateBundles(size: GeneratorSize, seed = 42): Generator<Bundle> {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const sourcesPer = Math.ceil(size.sources / size.bundles);
  const claimsPer = Math.ceil(size.claims / size.bundles);
  const sourceId = (i: number) => `src-${i}`;
  const claimId = (i: number) => `clm-${i}`;

  for (let b = 0; b < size.bundles; b += 1) {
    const firstSource = b * sourcesPer;
    const lastSource = Math.min(size.sources, firstSource + sourcesPer);
    const firstClaim = b * claimsPer;
    const lastClaim = Math.min(size.claims, firstClaim + claimsPer);
    const sources: BundleSource[] = [];
    for (let i = firstSource; i < lastSource; i += 1) {
      const source: BundleSource = {
        id: sourceId(i),
        name: `Source ${i}`,
        type: TYPES[i % TYPES.length] as BundleSource['type'],
        aliases: [`Alias of source ${i}`],
        role: i % 3 === 0 ? 'spokesman' : 'analyst',
      };
      // Parents always have a lower index, so no cycle can form.
      if (i > 0 && i % 10 === 0) source.memberOf = [sourceId(pick(i))];
      if (i > 0 && i % 20 === 5) source.speaksFor = sourceId(pick(i));
      sources.push(source);
    }
    const claims = [];
    for (let i = firstClaim; i < lastClaim; i += 1) {
      const low = pick(1000);
      claims.push({
        id: claimId(i),
        text: `Claim number ${i}: at least ${low} people were affected.`,
        question: `question ${i % size.questions}`,
        quantity: { min: low, max: low + pick(1000), unit: 'people' },
        ...(i > 0 && i % 7 === 0 ? { contradicts: [claimId(pick(i))] } : {}),
      });
    }

    const sentences: string[] = [];
    const statements: BundleStatement[] = [];
    let offset = 0;
    for (let s = 0; s < size.statementsPerBundle; s += 1) {
      const quote = `Statement ${s} of report ${b} says that figure ${pick(100000)} stands.`;
      sentences.push(quote);
      const stances = [
        { claim: claimId(pick(lastClaim)), stance: random() < 0.8 ? 'SUPPORTS' : 'CONTRADICTS' },
      ];
      const second = claimId(pick(lastClaim));
      if (random() < 0.3 && second !== stances[0]?.claim) stances.push({ claim: second, stance: 'SUPPORTS' });
      const speaker = pick(lastSource);
      const relay = pick(lastSource);
      statements.push({
        // Some speakers are named by alias, as analysts often do.
        source: s % 5 === 0 ? `Alias of source ${speaker}` : sourceId(speaker),
        cue: CUES[s % CUES.length] as string,
        quote,
        direct: s % 2 === 0,
        span: { start: offset, end: offset + quote.length },
        ...(random() < 0.2 && relay !== speaker ? { via: [sourceId(relay)], channel: 'telephone' } : {}),
        saidAt: '2005-03-20',
        stances: stances as BundleStatement['stances'],
      });
      offset += quote.length + 1;
    }
    yield {
      document: {
        id: `doc-${b}`,
        title: `Generated report ${b}`,
        publisher: 'Benchmark Wire',
        publishedAt: '2005-03-20',
        language: 'en',
        text: sentences.join(' '),
      },
      sources,
      claims,
      statements,
    };
  }
}

/** A small, fast, seedable pseudo-random generator, so that every run loads the same input. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Names as reports from Cyrillic spell them, and the other spelling another outlet uses (docs/resolution.md).
const FIRST = [
  ['Yevgeny', 'Evgeniy'],
  ['Arkady', 'Arkadiy'],
  ['Yuri', 'Yury'],
  ['Aleksei', 'Alexei'],
];
const LAST = [
  ['Kharitonov', 'Haritonov'],
  ['Sergeyev', 'Sergeev'],
  ['Dzhangarayev', 'Jangaraev'],
  ['Akayev', 'Akaev'],
];

/**
 * The same input as extracted drafts would give it: every bundle provisional and defining each source and
 * claim its statements name (so that loading must resolve them against the graph and each other), with
 * people's names spelt the other way in a fifth of the references. Claims keep their text, question and
 * figure, so a claim named by many drafts is one claim once resolved.
 */
export function* generateDrafts(size: GeneratorSize, seed = 42): Generator<Bundle> {
  const named = (i: number, variant: boolean) => {
    const [first, last] = [FIRST[i % FIRST.length], LAST[Math.floor(i / FIRST.length) % LAST.length]] as [
      string[],
      string[],
    ];
    return `${first[variant ? 1 : 0]} ${last[variant ? 1 : 0]}${i}`;
  };
  let reference = 0;
  for (const bundle of generateBundles(size, seed)) {
    const sourceIds = new Set<string>();
    const claimIds = new Set<string>();
    for (const statement of bundle.statements ?? []) {
      statement.source = statement.source.replace(/^Alias of source /, 'src-');
      sourceIds.add(statement.source);
      statement.via = undefined;
      statement.channel = undefined;
      statement.stances.forEach((s) => claimIds.add(s.claim));
    }
    const index = (id: string) => Number(id.replace(/^\D+/, ''));
    yield {
      ...bundle,
      provisional: true,
      sources: [...sourceIds].map((id) => {
        reference += 1;
        return { id, name: named(index(id), reference % 5 === 0), type: 'PERSON', role: 'spokesman' };
      }),
      claims: [...claimIds].map((id) => {
        const i = index(id);
        return {
          id,
          text: `Claim number ${i}: at least ${i % 1000} people were affected.`,
          question: `question ${i % size.questions}`,
          quantity: { min: i % 1000, unit: 'people' },
        };
      }),
    };
  }
}

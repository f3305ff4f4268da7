/**
 * What may stand between a reporting verb and the words it reports, and says how they reached us: the
 * hearer ("told RFE/RL"), the channel ("in a statement", "by telephone"), a relay ("carried by the Evening
 * Courier", "first printed by the Morning Post"), a time ("on Wednesday") and "that".
 */
export interface Modifiers {
  /** Offset just past the modifiers. */
  end: number;
  channel?: string;
  relays: string[];
  addressee?: string;
  /** Whether "that" introduced what follows. */
  that: boolean;
}

/** A proper name as a hearer or relay: "the Evening Courier", "RFE/RL", "Channel 4". */
export const NAME = String.raw`(?:the\s+)?[\p{Lu}][\p{L}\p{N}'’/.&-]*(?:\s+(?:of\s+|for\s+)?[\p{Lu}][\p{L}\p{N}'’/.&-]*)*(?:\s+\d+\b)?`;
/**
 * A name after a few words that say what it names: "state broadcaster DTV", "the trade magazine Fleet Weekly".
 * Prepositions and "that" end the description, so that "to staff at the Dunmore plant" names nobody.
 */
export const DESCRIBED_NAME = String.raw`(?:the\s+)?(?:(?!(?:at|in|of|on|for|to|from|with|by|and|or|that)\b)\p{Ll}[\p{L}-]*\s+){0,3}?${NAME}`;
/** The means by which words were given out: "a press release", "a statement", "an interview". */
export const CHANNEL_NOUN = String.raw`(?:joint |written |televised |brief |short |separate |emailed |official |live |radio |telephone |television )?(?:statement|press release|news release|letter|interview|report|post|message|e-?mail|speech|briefing|communiqu[eé]|note|tweet|broadcast|video|article|editorial|column|filing|submission)`;
const RELAY_VERB = String.raw`(?:first\s+|later\s+|also\s+|originally\s+)?(?:carried|printed|published|quoted|cited|broadcast|reported|distributed|posted|aired|run|released|issued|circulated)\s+by`;

/** A time of saying: "today", "late on Sunday", "on 18 March", "last week". */
export const WHEN = String.raw`(?:(?:late|early|earlier|later)\s+)?(?:today|yesterday|tonight|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}|this (?:morning|afternoon|evening|week)|last (?:week|month|night))\b`;

// Whom a letter or a message went to, when not a name: "to staff", "to its members", "to the council".
const AUDIENCE = String.raw`(?:(?:the|its|his|her|their)\s+)?(?!that\b)\p{Ll}[\p{L}'’-]*(?:\s+(?!that\b)\p{Ll}[\p{L}'’-]*)?`;

const PATTERNS: { re: RegExp; apply: (m: RegExpExecArray, out: Modifiers) => void }[] = [
  {
    re: new RegExp(
      String.raw`^\s*,?\s*(?:in|via|through)\s+(?:a|an|its|his|her|their|the)\s+(${CHANNEL_NOUN})(?:\s+(?:to|with)\s+(?:(${DESCRIBED_NAME})|${AUDIENCE}))?`,
      'u',
    ),
    apply: (m, out) => {
      out.channel = (m[1] as string).replace(
        /^(?:joint|written|brief|short|separate|emailed|official)\s+/,
        '',
      );
      if (m[2]) out.relays.push(m[2]);
    },
  },
  {
    re: new RegExp(String.raw`^\s*,?\s*${RELAY_VERB}\s+(${DESCRIBED_NAME})`, 'u'),
    apply: (m, out) => void out.relays.push(m[1] as string),
  },
  {
    re: /^\s*,?\s*by\s+(telephone|phone|e-?mail|text message|video link|fax)\b/i,
    apply: (m, out) =>
      void (out.channel = (m[1] as string).toLowerCase() === 'phone' ? 'telephone' : (m[1] as string)),
  },
  {
    re: /^\s*,?\s*(?:at|during)\s+(?:a|an|the)\s+((?:news |press )?(?:conference|briefing|rally|meeting|hearing|summit))\b/i,
    apply: (m, out) => void (out.channel = (m[1] as string).replace(/^news /, 'press ')),
  },
  {
    re: /^\s*,?\s*on\s+((?:state |national |local )?(?:television|radio|TV|Facebook|Twitter|Telegram|social media))\b/i,
    apply: (m, out) => void (out.channel = m[1] as string),
  },
  {
    re: new RegExp(String.raw`^\s*,?\s*${WHEN}`),
    apply: () => undefined,
  },
  {
    re: /^\s+(?:also|both|again|repeatedly|previously|publicly|privately|flatly|strongly|firmly|earlier|later)\b/i,
    apply: () => undefined,
  },
];

const HEARER = new RegExp(
  String.raw`^\s+(?:to\s+)?(${NAME}|reporters|journalists|the press|lawmakers|parliament|a (?:news|press) conference)(?=[\s,.]|$)`,
  'u',
);
const TO_HEARER = new RegExp(String.raw`^\s+to\s+(${NAME}|reporters|journalists|the press)(?=[\s,.]|$)`, 'u');

/**
 * Reads modifiers from `text` at `at`, after a reporting verb of lemma `lemma`: "tell" takes its hearer as
 * object, other verbs take "to" before it.
 */
export function readModifiers(text: string, at: number, lemma: string, limit = text.length): Modifiers {
  const out: Modifiers = { end: at, relays: [], that: false };
  let pos = at;
  let hearerTaken = false;
  for (let guard = 0; guard < 12; guard += 1) {
    const rest = text.slice(pos, limit);
    if (!hearerTaken) {
      const m = (lemma === 'tell' ? HEARER : TO_HEARER).exec(rest);
      if (m && !/^(?:the\s+)?(?:that|this)\b/i.test(m[1] as string)) {
        out.addressee = m[1] as string;
        hearerTaken = true;
        pos += m[0].length;
        continue;
      }
    }
    const that = /^\s*,?\s*that\s+/i.exec(rest);
    if (that) {
      out.that = true;
      pos += that[0].length;
      break;
    }
    const found = PATTERNS.map((p) => ({ p, m: p.re.exec(rest) })).find((x) => x.m !== null);
    if (!found?.m) break;
    found.p.apply(found.m, out);
    pos += found.m[0].length;
  }
  out.end = pos;
  return out;
}

/** A channel named anywhere in an introduction ("filed a live report", "spoke to RFE/RL by telephone"). */
export function channelIn(words: string): string | undefined {
  const by = /\bby\s+(telephone|phone|e-?mail|video link)\b/i.exec(words);
  if (by) return (by[1] as string).toLowerCase() === 'phone' ? 'telephone' : (by[1] as string);
  const noun = new RegExp(String.raw`\b(?:a|an|its|his|her|their)\s+(${CHANNEL_NOUN})\b`, 'i').exec(words);
  return noun?.[1]?.replace(/^(?:joint|written|brief|short|separate|emailed|official)\s+/, '');
}

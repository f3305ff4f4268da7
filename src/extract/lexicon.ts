import type { SourceType } from '../model';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns that name what a person is: they make a title ("Government spokesman") or an apposition. */
export const PERSON_ROLES = words(`
  spokesman spokeswoman spokesperson minister secretary president director executive chairman chairwoman
  chair official officer leader head chief manager mayor governor commander analyst professor lawyer
  attorney deputy ambassador editor reporter correspondent demonstrator protester resident witness doctor
  inspector prosecutor judge general senator lawmaker parliamentarian adviser advisor aide founder owner
  investigator economist expert researcher scientist representative envoy premier chancellor consul
  activist organiser organizer coordinator superintendent sheriff captain colonel lieutenant sergeant
  detective surgeon nurse teacher principal bishop priest imam rabbi pastor vice mp coach pilot driver
  farmer engineer paramedic medic firefighter guard councillor councilor treasurer trustee headteacher
  candidate campaigner negotiator shopkeeper landlord tenant convener convenor steward actor actress singer
  writer author artist musician footballer athlete chef banker entrepreneur businessman businesswoman
  architect photographer
`);

/**
 * Nouns for people, singular and plural: a plural one names a group of speakers ("Nurses said"), and figures
 * of any of them are counted in the unit "people", so that "28 demonstrators" and "nobody" answer the same
 * question in the same unit. Collective nouns ("staff", "police") count as plurals.
 */
export const PEOPLE_NOUNS = words(`
  people persons person individuals demonstrators demonstrator protesters protester protestors children
  child residents resident patients patient firefighters firefighter officers officer workers worker men
  man women woman soldiers soldier parents parent journalists civilians refugees voters members staff
  employees passengers victims doctors nurses citizens villagers migrants students pupils troops police
  policemen casualties adults babies infants boys girls fans supporters participants inmates prisoners
  engineers medics paramedics teachers farmers miners neighbours neighbors locals witnesses critics
  crew personnel officials experts analysts scientists lawyers survivors relatives families shoppers
  passenger victim citizen villager migrant student pupil fan supporter participant inmate prisoner
  neighbour neighbor local critic survivor relative shopper employee member voter refugee civilian
  journalist
`);
/** Of those, the collective nouns: singular in form, a group in meaning ("Hospital staff said"). */
export const COLLECTIVE_NOUNS = words(
  `staff crew personnel police people public workforce family opposition`,
);

/** Of those, the roles whose words count as the position of the body they serve. */
export const SPEAKS_FOR_ROLES = words(`
  spokesman spokeswoman spokesperson minister secretary president director executive chairman chairwoman
  chair head chief manager mayor governor commander representative envoy ambassador premier chancellor
  superintendent sheriff
`);

/**
 * Nouns that say what kind of body a name is, and the types of body they fit: they describe a body named
 * before ("the company" for Helvex Pharma) and stand before a name as a title ("Carmaker Solvik").
 */
export const BODY_KINDS = new Map<string, SourceType[]>([
  ...[
    ...words(`
    company firm drugmaker carmaker automaker chipmaker steelmaker retailer insurer lender airline
    manufacturer supermarket
  `),
  ].map((w): [string, SourceType[]] => [w, ['ORGANIZATION']]),
  ...[...words(`newspaper paper daily broadcaster magazine`)].map((w): [string, SourceType[]] => [
    w,
    ['MEDIA'],
  ]),
  ['group', ['ORGANIZATION', 'GROUP']],
]);

/** What may speak for a person: "his office said", "her lawyers said". */
export const VOICES = words(`
  office spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys aide aides campaign
  representative representatives
`);

/** Honorifics: they give a gender, not a role. */
export const HONORIFICS = words(`Mr Mrs Ms Miss Mx`);

/** Titles that stand capitalised before a name ("President Akaev"): the name is a person's. */
export const TITLES = words(`
  President Minister Premier Chancellor Mr Mrs Ms Dr Prof Professor General Gen Colonel Col Senator Sen
  Governor Gov Mayor Judge Ambassador King Queen Prince Princess Sheikh Archbishop Bishop Cardinal
  Captain Capt Lieutenant Lt Sergeant Sgt Inspector Detective Chief Coach
`);

const MEDIA_HEADS = words(`
  newspaper paper daily weekly magazine broadcaster channel website agency radio television tv
  post times herald courier gazette tribune journal news wire press chronicle observer guardian telegraph
  express mirror standard independent reuters afp ap bbc cnn
`);
/** Words that make a "service" a broadcaster's or a news agency's ("BBC World Service", "news service"). */
const MEDIA_WORDS = words(`
  radio television tv broadcasting broadcaster news press wire media newspaper bbc reuters afp ap cnn
`);
const GOVERNMENT_HEADS = words(`
  government ministry police army military council brigade department office commission authority
  authorities parliament court prosecutor prosecutors cabinet administration agency regulator presidency
  embassy state municipality navy coastguard force forces guard watchdog tribunal inquiry senate congress
  assembly legislature inspectorate directorate
`);
const INTERNATIONAL_HEADS = words(`union nations nato osce un imf unesco unicef who`);
// A union of states, not of workers: "European Union", "African Union".
const UNIONS_OF_STATES = words(`european african eurasian`);
/** Head nouns of a company's name: "the company" may name such a body, or one whose name says nothing. */
const COMPANY_HEADS = words(`
  company firm group pharma pharmaceuticals inc ltd corp corporation bank holdings industries airlines
  drugmaker manufacturer maker producer insurer retailer carrier operator airways air airline railway
  utility foods motors systems technologies logistics electronics chemicals steel plc llc gmbh carmaker
  automaker chipmaker steelmaker supermarket supplier lender
`);
const ORGANIZATION_HEADS = new Set([
  ...COMPANY_HEADS,
  ...words(`
    party federation association foundation institute society committee movement front alliance coalition
    club university hospital school church organisation organization network trust fund league union board
    management college academy chamber guild charity cooperative team clinic laboratory confederation center
    centre
  `),
]);

/** Whether a body's name may be a company's: its head noun is a company's, or says nothing of the kind. */
export const mayBeCompany = (name: string) => {
  const head = headWord(name) ?? '';
  return COMPANY_HEADS.has(head) || !ORGANIZATION_HEADS.has(head);
};

/**
 * The source type a name or description implies by its head noun (its last word, or the word before
 * "of"/"in"), or undefined when the words do not say: "Interior Ministry" GOVERNMENT, "Morning Post" MEDIA,
 * "European Union" INTERNATIONAL, "Helvex Pharma" ORGANIZATION.
 */
export function typeByHead(name: string): SourceType | undefined {
  const head = headWord(name);
  const all = name.toLowerCase().split(/\s+/);
  if (head === undefined) return undefined;
  if (all.includes('news') || all.includes('press')) return 'MEDIA';
  if (head === 'union' && all.some((w) => UNIONS_OF_STATES.has(w))) return 'INTERNATIONAL';
  if (head === 'nations' || (INTERNATIONAL_HEADS.has(head) && head !== 'union')) return 'INTERNATIONAL';
  if (head === 'agency') return 'GOVERNMENT';
  // A service is a broadcaster's only with a media word in its name; else a public one ("fire service").
  if (head === 'service' || head === 'services')
    return all.some((w) => MEDIA_WORDS.has(w)) ? 'MEDIA' : 'GOVERNMENT';
  if (GOVERNMENT_HEADS.has(head)) return 'GOVERNMENT';
  if (MEDIA_HEADS.has(head)) return 'MEDIA';
  if (ORGANIZATION_HEADS.has(head)) return 'ORGANIZATION';
  return undefined;
}

/** Whether the lexicon knows a word as a noun: a person's role, people, or the head of a body's name. */
export const isKnownNoun = (word: string) => {
  const w = word.toLowerCase();
  return PEOPLE_NOUNS.has(w) || PERSON_ROLES.has(w) || typeByHead(w) !== undefined;
};

/** The head noun of a noun phrase: the last word before "of", "in", "for" or "at", else the last word. */
export function headWord(phrase: string): string | undefined {
  const core = phrase.split(/\s+(?:of|in|for|at|from|on)\s+/i)[0] ?? phrase;
  const list = core.toLowerCase().replace(/[“”"]/g, '').split(/\s+/).filter(Boolean);
  return list[list.length - 1]?.replace(/['’]s$/, '');
}

/** Words that open a sentence or clause without being part of its subject. */
export const DISCOURSE =
  /^(?:(?:but|and|yet|so|however|meanwhile|still|also|separately|earlier|later|moreover|instead|now|then|in addition|in response|for (?:his|her|its|their) part)\b,?\s+)+/i;

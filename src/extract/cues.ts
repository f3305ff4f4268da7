/**
 * Reporting verbs of English news copy, by lemma, with the forms they take. A cue is the verb as written;
 * its lemma decides how it is read (a denial, a verb that takes its addressee as object...).
 */
const CUE_FORMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  estimate: ['estimate', 'estimates', 'estimated', 'estimating'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  reject: ['reject', 'rejects', 'rejected', 'rejecting'],
  dismiss: ['dismiss', 'dismisses', 'dismissed', 'dismissing'],
  dispute: ['dispute', 'disputes', 'disputed', 'disputing'],
  maintain: ['maintain', 'maintains', 'maintained', 'maintaining'],
  describe: ['describe', 'describes', 'described', 'describing'],
  report: ['report', 'reports', 'reported', 'reporting'],
  add: ['add', 'adds', 'added', 'adding'],
  state: ['state', 'states', 'stated', 'stating'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  note: ['note', 'notes', 'noted', 'noting'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  write: ['write', 'writes', 'wrote', 'writing'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  stress: ['stress', 'stresses', 'stressed', 'stressing'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  believe: ['believe', 'believes', 'believed', 'believing'],
  threaten: ['threaten', 'threatens', 'threatened', 'threatening'],
};

/** Verbs that only introduce words set off by a colon ("filed a live report ...: “...”"). */
const INTRODUCING_FORMS: Record<string, string[]> = {
  speak: ['speak', 'speaks', 'spoke', 'speaking'],
  file: ['file', 'files', 'filed'],
  give: ['give', 'gives', 'gave'],
};

/** Lemmas whose statement denies what it names: its stance on that claim is CONTRADICTS. */
export const DENIAL_LEMMAS = new Set(['deny', 'reject', 'dismiss', 'dispute']);

/** Lemmas that take the hearer as direct object: "told RFE/RL that ...". */
export const ADDRESSEE_LEMMAS = new Set(['tell']);

const lemmaByForm = new Map<string, string>();
for (const [lemma, forms] of Object.entries(CUE_FORMS)) forms.forEach((f) => lemmaByForm.set(f, lemma));
const introducingByForm = new Map<string, string>();
for (const [lemma, forms] of Object.entries(INTRODUCING_FORMS)) {
  forms.forEach((f) => introducingByForm.set(f, lemma));
}

/** The lemma of a reporting verb form, or undefined. */
export const cueLemma = (word: string): string | undefined => lemmaByForm.get(word.toLowerCase());

/** The lemma of a reporting verb or of a verb that introduces a colon-quote. */
export const introducingLemma = (word: string): string | undefined =>
  cueLemma(word) ?? introducingByForm.get(word.toLowerCase());

/** Present-tense forms ("says", "maintain"): the words hold as of publication. */
export const isPresentForm = (word: string) => {
  const w = word.toLowerCase();
  const lemma = cueLemma(w);
  return lemma !== undefined && (w === lemma || w === `${lemma}s` || w === `${lemma}es` || w === 'denies');
};

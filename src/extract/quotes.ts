import { type Span, wordsOf } from './text';

/** A passage in quotation marks: `open` and `close` are the marks, the span lies between them. */
export interface Quote extends Span {
  open: number;
  close: number;
  /** Whether it reads as speech rather than a name or a scare-quoted phrase ("Res Publica"). */
  speech: boolean;
}

// Fewer words than this in quotation marks is a name or a phrase held at arm's length, unless it is a
// sentence of its own (ends in . ! ? or the comma that hands over to an attribution).
const MIN_SPEECH_WORDS = 4;

/**
 * Every quotation in the text: curly quotes pair by direction and may run over several sentences of a
 * paragraph, or over paragraphs by the printer's convention (no closing mark at the paragraph's end, an
 * opening mark at the next one's start); straight double quotes pair up within a line.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const add = (open: number, close: number) => {
    const inner = text.slice(open + 1, close);
    const speech = wordsOf(inner).length >= MIN_SPEECH_WORDS || /[.!?,]\s*$/.test(inner);
    quotes.push({ open, close, start: open + 1, end: close, speech });
  };
  let curlyOpen = -1;
  let straightOpen = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '“') curlyOpen = i;
    else if (ch === '”' && curlyOpen >= 0) {
      add(curlyOpen, i);
      curlyOpen = -1;
    } else if (ch === '"') {
      if (straightOpen < 0) straightOpen = i;
      else {
        add(straightOpen, i);
        straightOpen = -1;
      }
    } else if (ch === '\n') {
      straightOpen = -1;
      // A quote that runs on into the next paragraph leaves its paragraph open and opens the next one anew:
      // each paragraph's part is a quote of its own.
      if (curlyOpen >= 0 && text[i + 1] === '“') add(curlyOpen, i);
      curlyOpen = -1;
    }
  }
  return quotes.sort((a, b) => a.open - b.open);
}

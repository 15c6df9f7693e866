// Where the speaker of a wrongly credited label is named, counted without printing any sentence:
// the summary a held-out split may show (issue 9's rule is that its misses are never read). A
// label whose speaker the text names in the same sentence needs a better reading of that
// sentence; one named only in a later paragraph is a lede that paraphrases a source the article
// introduces further down. Pure.
import { type Sentence, splitSentences } from "../split-sentences";
import type { ArticleScore } from "./score-extraction";

export const PLACES = ["same sentence", "earlier in paragraph", "later in paragraph", "earlier paragraph", "later paragraph", "not named"] as const;
export type Place = (typeof PLACES)[number];

/** Where, relative to the sentence that holds `at`, the text first names any of `names` (the nearest place wins). */
export function placeOfName(options: { sentences: readonly Sentence[]; text: string; at: number; names: readonly string[] }): Place {
  const { sentences, text, at, names } = options;
  const here = sentences.find((s) => s.start <= at && at < s.end);
  if (!here) return "not named";
  const lower = text.toLowerCase();
  let best: Place = "not named";
  for (const name of names) {
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      const there = sentences.find((s) => s.start <= i && i < s.end);
      if (!there) continue;
      const place = placeBetween(there, here);
      if (PLACES.indexOf(place) < PLACES.indexOf(best)) best = place;
    }
  }
  return best;
}

function placeBetween(there: Sentence, here: Sentence): Place {
  if (there === here) return "same sentence";
  const earlier = there.start < here.start;
  if (there.paragraph === here.paragraph) return earlier ? "earlier in paragraph" : "later in paragraph";
  return earlier ? "earlier paragraph" : "later paragraph";
}

/**
 * The wrongly credited labels of some articles, counted by what the extractor gave (the
 * candidate's kind), whether the label's speaker is the outlet, and where the label's speaker is
 * named. Keys read "OUTLET for a named speaker, same sentence".
 */
export function speakerMisses(options: {
  articles: ReadonlyArray<{ text: string; outlet: string; score: ArticleScore; aliases: Readonly<Record<string, readonly string[]>> }>;
}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text, outlet, score, aliases } of options.articles) {
    const sentences = splitSentences(text);
    for (const f of score.found) {
      if (f.speakerRight) continue;
      const byOutlet = f.label.speaker === outlet;
      const names = aliases[f.label.speaker] ?? [f.label.speaker.toLowerCase()];
      const place = byOutlet ? null : placeOfName({ sentences, text, at: text.indexOf(f.label.quote), names });
      const key = `${f.candidate.forecaster.kind} for ${byOutlet ? "the outlet" : `a named speaker, ${place}`}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

// Scores extracted candidates against hand labels: recall (labels found), precision
// (candidates that are labelled forecasts), and, over the labels found, how often the speaker
// and the probability band are right; for labels whose text states a number, how often the
// number was read. Pure.
import type { Candidate } from "../extract-candidates";

/** probability: the chance the text states, as the probability of YES, where it states one. */
export type Label = { quote: string; speaker: string; band: string; probability?: number };
export type LabelledArticle = { file: string; outlet: string; text: string; forecasts: Label[] };

export type ArticleScore = {
  file: string;
  labels: number;
  candidates: number;
  found: Array<{ label: Label; candidate: Candidate; speakerRight: boolean; bandRight: boolean; numberRead?: boolean }>;
  missed: Label[];
  unmatched: Candidate[];
};

/** A candidate finds a label when it covers at least half of the label's words' span. */
function overlaps(candidate: Candidate, start: number, end: number): boolean {
  const shared = Math.min(candidate.end, end) - Math.max(candidate.start, start);
  return shared > 0 && shared >= 0.5 * Math.min(end - start, candidate.end - candidate.start);
}

function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function speakerMatches(candidate: string, label: string, aliases: Record<string, string[]>): boolean {
  const said = norm(candidate);
  return [label, ...(aliases[label] ?? [])].map(norm).some((alias) => said === alias || said.includes(alias) || alias.includes(said));
}

export function scoreArticle(article: LabelledArticle, candidates: Candidate[], aliases: Record<string, string[]>): ArticleScore {
  const found: ArticleScore["found"] = [];
  const missed: Label[] = [];
  const used = new Set<Candidate>();
  for (const label of article.forecasts) {
    const start = article.text.indexOf(label.quote);
    if (start < 0) throw new Error(`Label not found verbatim in ${article.file}: ${label.quote.slice(0, 60)}`);
    const candidate = candidates.find((c) => overlaps(c, start, start + label.quote.length));
    if (!candidate) {
      missed.push(label);
      continue;
    }
    used.add(candidate);
    found.push({
      label,
      candidate,
      speakerRight: speakerMatches(candidate.forecaster.name, label.speaker, aliases),
      bandRight: candidate.band === label.band,
      ...(label.probability === undefined ? {} : { numberRead: Math.abs(candidate.probability - label.probability) < 0.005 }),
    });
  }
  return {
    file: article.file,
    labels: article.forecasts.length,
    candidates: candidates.length,
    found,
    missed,
    unmatched: candidates.filter((c) => !used.has(c)),
  };
}

export function summarise(scores: ArticleScore[]) {
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const labels = sum((s) => s.labels);
  const candidates = sum((s) => s.candidates);
  const found = sum((s) => s.found.length);
  const matchedCandidates = sum((s) => new Set(s.found.map((f) => f.candidate)).size);
  // Over every label that states a number, found or not: a missed label's number was not read either.
  const statedNumbers = sum((s) => [...s.missed, ...s.found.map((f) => f.label)].filter((l) => l.probability !== undefined).length);
  const numbersRead = sum((s) => s.found.filter((f) => f.numberRead).length);
  return {
    labels,
    candidates,
    recall: labels ? found / labels : 0,
    precision: candidates ? matchedCandidates / candidates : 0,
    speakerAccuracy: found ? sum((s) => s.found.filter((f) => f.speakerRight).length) / found : 0,
    bandAccuracy: found ? sum((s) => s.found.filter((f) => f.bandRight).length) / found : 0,
    statedNumbers,
    numberReadRate: statedNumbers ? numbersRead / statedNumbers : 0,
  };
}

import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { findBand, ICD_203 } from "@/lib/probability/scale";
import { brierScore, CHANCE_BRIER } from "@/lib/scoring/scores";
import { MIN_FOR_INTERVAL } from "@/lib/scoring/intervals";
import { formatBand, formatPercent } from "@/lib/format/probability";
import { PageHeader } from "../../_components/page-header";

export const metadata: Metadata = { title: "How scores work" };

function Definition({ id, term, children }: { id?: string; term: string; children: ReactNode }) {
  return (
    <div id={id} className="scroll-mt-4 border-t border-stone-200 py-3">
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="mt-1 text-stone-700">{children}</dd>
    </div>
  );
}

export default function AboutScoringPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="How scores work">
        How Hindsight turns forecasts and outcomes into scores. The same definitions run everywhere: the leaderboard, forecaster pages and the API (
        <code>lib/scoring/</code>).
      </PageHeader>
      <WorkedExample />
      <h2 className="mb-2 mt-8 text-lg font-semibold">The definitions</h2>
      <dl>
        <Definition id="what-is-scored" term="What is scored">
          A question counts once its outcome is YES or NO. Open and annulled questions are not scored; undoing an outcome takes the question out of every score
          at once.
        </Definition>
        <Definition id="which-counts" term="Which forecast counts">
          For each forecaster and scored question, their latest forecast made on or before the day the outcome became known (calendar days, UTC); of two made
          the same day, the one logged last. Forecasts made after that day never count.
        </Definition>
        <Definition term="Notation">
          <i>o</i> = 1 for YES and 0 for NO; <i>p</i> = the forecast&apos;s probability of YES.
        </Definition>
        <Definition id="brier" term="Brier score">
          (<i>p</i> − <i>o</i>)², from 0 (perfect) to 1. A forecaster&apos;s Brier score is the mean over their scored questions. Saying 50% every time scores
          0.25.
        </Definition>
        <Definition id="log-score" term="Log score">
          ln <i>p′</i> when <i>o</i> = 1 and ln(1 − <i>p′</i>) when <i>o</i> = 0, with <i>p′</i> = <i>p</i> clamped to [0.01, 0.99] so that one confident miss
          cannot score minus infinity. Mean per forecaster; 0 is perfect, higher is better.
        </Definition>
        <Definition id="skill" term="Skill">
          1 − Brier / 0.25: the improvement on always saying 50%. Negative is worse than that.
        </Definition>
        <Definition id="relative-brier" term="Relative Brier">
          On a question with two or more scored forecasters: the forecaster&apos;s Brier minus the median Brier of all scored forecasters on it (themselves
          included). A forecaster&apos;s relative Brier is the mean over such questions, and is empty when there are none. Negative is better than the crowd.
        </Definition>
        <Definition id="interval" term="How sure a mean Brier is">
          With fewer than {MIN_FOR_INTERVAL} scored questions the page says &ldquo;too few to tell&rdquo; instead of an interval. From {MIN_FOR_INTERVAL} on, a
          90% Wilson score interval around the mean Brier <i>B</i>, using <i>B</i>(1 − <i>B</i>) as the spread: no score between 0 and 1 with that mean can vary
          more, so the interval errs on the wide side, never has zero width (even when every score so far is the same) and never leaves 0–1. Read it before the
          rank.
        </Definition>
        <Definition id="calibration" term="Calibration">
          Ten bins by forecast: bin = min(9, floor(10<i>p</i> + 10⁻⁹)), so [0, 0.1), [0.1, 0.2), …, [0.9, 1.0]. For each bin: the number of forecasts, their
          mean, how often YES happened, and a 90% Wilson interval on that frequency. A calibrated forecaster&apos;s dots sit on the diagonal.
        </Definition>
        <Definition id="decomposition" term="What a Brier score is made of (Murphy decomposition)">
          Over those bins, Brier ≈ reliability − discrimination + uncertainty. Reliability = Σ <i>nₖ</i>(<i>f̄ₖ</i> − <i>ōₖ</i>)² / <i>N</i> (lower is better),
          discrimination = Σ <i>nₖ</i>(<i>ōₖ</i> − <i>ō</i>)² / <i>N</i> (higher is better; Murphy calls it &ldquo;resolution&rdquo;, a word this site keeps for
          a question&apos;s outcome), uncertainty = <i>ō</i>(1 − <i>ō</i>), with <i>f̄ₖ</i> the mean forecast and <i>ōₖ</i> the frequency of YES in bin <i>k</i>,
          and <i>ō</i> the overall frequency. The identity is exact when each bin holds a single value.
        </Definition>
        <Definition term="Words as numbers, and how much that matters">
          A forecast given in words is read on the {ICD_203.name} scale; its number is the middle of the band:
          <ul className="my-2 ml-5 list-disc">
            {ICD_203.bands.map((b) => (
              <li key={b.key}>
                {b.label}: {formatBand(b.low, b.high)}, read as {formatPercent(b.point)}
              </li>
            ))}
          </ul>
          Its Brier score is also computed at the band&apos;s two ends. A forecaster&apos;s page shows the range their mean Brier could take had every verbal
          forecast been read anywhere within its band.
        </Definition>
      </dl>
      <p className="mt-6 text-sm">
        <Link href="/forecasters" className="underline">
          Back to the leaderboard
        </Link>
      </p>
    </div>
  );
}

/** Two real forecasts from the seed data, scored step by step, before any formula. */
function WorkedExample() {
  const confident = findBand("very-likely").point;
  const doubtful = findBand("unlikely").point;
  return (
    <section aria-labelledby="example" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-stone-800">
      <h2 id="example" className="mb-2 text-lg font-semibold text-stone-900">
        An example first
      </h2>
      <p>
        In September 2023 two commentators wrote about whether North Korea would send Russia weapons. Wi Sung-lac said they <q>will make a secret deal</q>; Jeh
        Sung-hoon said the likelihood <q>seems low</q>. Hindsight reads &ldquo;will&rdquo; here as {formatPercent(confident)} and &ldquo;seems low&rdquo; as{" "}
        {formatPercent(doubtful)}. The arms went: both questions resolved YES.
      </p>
      <ul className="my-2 ml-5 list-disc space-y-1">
        <li>
          Wi Sung-lac took the YES side: <strong>called it</strong>. His score is the squared distance from what happened: (1 − {confident})² ={" "}
          <strong>{brierScore(confident, 1).toFixed(3)}</strong>.
        </li>
        <li>
          Jeh Sung-hoon took the NO side: <strong>missed</strong>. (1 − {doubtful})² = <strong>{brierScore(doubtful, 1).toFixed(3)}</strong>.
        </li>
      </ul>
      <p>
        That number is the <em>Brier score</em>: 0 is perfect, 1 is as wrong as possible, and someone who always says 50% scores {CHANCE_BRIER} on every
        question. A forecaster&apos;s score is the average over their resolved questions, so lower is better and anything under {CHANCE_BRIER} beats a
        coin-flip. A forecast of exactly 50% takes no side: a <strong>coin-flip</strong>.
      </p>
    </section>
  );
}

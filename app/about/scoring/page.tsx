import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ICD_203 } from "@/lib/probability/scale";
import { formatBand, formatPercent } from "@/lib/format/probability";
import { PageHeader } from "../../_components/page-header";

export const metadata: Metadata = { title: "About scoring" };

function Definition({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="border-t border-stone-200 py-3">
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="mt-1 text-stone-700">{children}</dd>
    </div>
  );
}

export default function AboutScoringPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="About scoring">
        How Hindsight turns forecasts and outcomes into scores. The same definitions run everywhere: the leaderboard,
        forecaster pages and the API (<code>lib/scoring/</code>).
      </PageHeader>
      <dl>
        <Definition term="What is scored">
          A question counts once its outcome is YES or NO. Open and annulled questions are not scored; undoing an outcome takes
          the question out of every score at once.
        </Definition>
        <Definition term="Which forecast counts">
          For each forecaster and scored question, their latest forecast made on or before the day the outcome became known
          (calendar days, UTC); of two made the same day, the one logged last. Forecasts made after that day never count.
        </Definition>
        <Definition term="Notation">
          <i>o</i> = 1 for YES and 0 for NO; <i>p</i> = the forecast&apos;s probability of YES.
        </Definition>
        <Definition term="Brier score">
          (<i>p</i> − <i>o</i>)², from 0 (perfect) to 1. A forecaster&apos;s Brier score is the mean over their scored questions.
          Saying 50% every time scores 0.25.
        </Definition>
        <Definition term="Log score">
          ln <i>p′</i> when <i>o</i> = 1 and ln(1 − <i>p′</i>) when <i>o</i> = 0, with <i>p′</i> = <i>p</i> clamped to [0.01, 0.99] so
          that one confident miss cannot score minus infinity. Mean per forecaster; 0 is perfect, higher is better.
        </Definition>
        <Definition term="Skill">1 − Brier / 0.25: the improvement on always saying 50%. Negative is worse than that.</Definition>
        <Definition term="Relative Brier">
          On a question with two or more scored forecasters: the forecaster&apos;s Brier minus the median Brier of all scored
          forecasters on it (themselves included). A forecaster&apos;s relative Brier is the mean over such questions, and is
          empty when there are none. Negative is better than the crowd.
        </Definition>
        <Definition term="Uncertainty of a mean Brier">
          A 90% interval, mean ± 1.645 · <i>s</i> / √<i>n</i> with <i>s</i> the sample standard deviation; none when <i>n</i> &lt; 2.
          It is shown within 0–1, the range a Brier score can take. With few scored questions the interval is wide: read it before
          the rank.
        </Definition>
        <Definition term="Calibration">
          Ten bins by forecast: bin = min(9, floor(10<i>p</i> + 10⁻⁹)), so [0, 0.1), [0.1, 0.2), …, [0.9, 1.0]. For each bin: the
          number of forecasts, their mean, how often YES happened, and a 90% Wilson interval on that frequency. A calibrated
          forecaster&apos;s dots sit on the diagonal.
        </Definition>
        <Definition term="Murphy decomposition">
          Over those bins, Brier ≈ reliability − resolution + uncertainty. Reliability = Σ <i>nₖ</i>(<i>f̄ₖ</i> − <i>ōₖ</i>)² / <i>N</i>{" "}
          (lower is better), resolution = Σ <i>nₖ</i>(<i>ōₖ</i> − <i>ō</i>)² / <i>N</i> (higher is better), uncertainty ={" "}
          <i>ō</i>(1 − <i>ō</i>), with <i>f̄ₖ</i> the mean forecast and <i>ōₖ</i> the frequency of YES in bin <i>k</i>, and <i>ō</i> the
          overall frequency. The identity is exact when each bin holds a single value.
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
          Its Brier score is also computed at the band&apos;s two ends. A forecaster&apos;s page shows the range their mean Brier could
          take had every verbal forecast been read anywhere within its band.
        </Definition>
      </dl>
      <p className="mt-6 text-sm">
        <Link href="/forecasters" className="underline">Back to the leaderboard</Link>
      </p>
    </div>
  );
}

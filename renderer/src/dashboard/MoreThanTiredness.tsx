import { useEffect, useRef } from 'react';

/**
 * A quiet page of places to turn, reached from Patterns by the user and never opened by a score.
 * The ProQOL is offered only as a link, with credit, as its authors ask.
 */
export function MoreThanTiredness({ onBack }: { onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="narrow">
      <article className="card resources" aria-labelledby="more-title">
        <h2 id="more-title" ref={heading} tabIndex={-1}>
          If it is more than tiredness
        </h2>
        <p>
          Tiredness after a full week is part of this work. If a heaviness stays for weeks, if you feel far from the
          people you help or from yourself, or if the work has stopped feeling like it matters, you do not have to sort
          it out alone.
        </p>
        <h3 className="subheading">People to turn to</h3>
        <ul>
          <li>Your supervisor, a consultation group, or a colleague you trust.</li>
          <li>
            Your professional association or licensing body. Many offer wellbeing resources or confidential support for
            members; their websites say how to reach them.
          </li>
          <li>Your own therapist or doctor.</li>
          <li>
            If you are in crisis or thinking of harming yourself, call your local emergency number or a crisis line now.
          </li>
        </ul>
        <h3 className="subheading">A self-check, if you want one</h3>
        <p>
          The Professional Quality of Life Scale (ProQOL), created by Beth Hudnall Stamm, is a free questionnaire about
          compassion satisfaction and compassion fatigue, published at{' '}
          <a href="https://www.proqol.org/" target="_blank" rel="noreferrer">
            proqol.org
          </a>
          . It opens in your browser; Interlude does not see your answers.
        </p>
        <p className="quiet small">
          Interlude shows you your own words and your own weeks. It cannot tell what they mean, and it never diagnoses.
        </p>
        <button type="button" className="button" onClick={onBack}>
          Back to Patterns
        </button>
      </article>
    </main>
  );
}

import { useEffect, useRef } from 'react';
import { fill } from '../i18n/fill';
import { useWords } from '../i18n/words';

/** The ProQOL's own site, named as it is in every language. */
const PROQOL_SITE = 'proqol.org';

/**
 * A quiet page of places to turn, reached from Patterns by the user and never opened by a score.
 * The ProQOL is offered only as a link, with credit, as its authors ask.
 */
export function MoreThanTiredness({ onBack }: { onBack: () => void }) {
  const words = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="narrow">
      <article className="card resources" aria-labelledby="more-title">
        <h2 id="more-title" ref={heading} tabIndex={-1}>
          {words.t('dashboard.moreThanTiredness.title')}
        </h2>
        <p>{words.t('dashboard.moreThanTiredness.intro')}</p>
        <h3 className="subheading">{words.t('dashboard.moreThanTiredness.peopleHeading')}</h3>
        <ul>
          <li>{words.t('dashboard.moreThanTiredness.people.peers')}</li>
          <li>{words.t('dashboard.moreThanTiredness.people.association')}</li>
          <li>{words.t('dashboard.moreThanTiredness.people.care')}</li>
          <li>{words.t('dashboard.moreThanTiredness.people.crisis')}</li>
        </ul>
        <h3 className="subheading">{words.t('dashboard.moreThanTiredness.selfCheckHeading')}</h3>
        <p>
          {fill(words.t('dashboard.moreThanTiredness.proqol'), {
            link: (
              <a href="https://www.proqol.org/" target="_blank" rel="noreferrer">
                {PROQOL_SITE}
              </a>
            ),
          })}
        </p>
        <p className="quiet small">{words.t('dashboard.moreThanTiredness.notADiagnosis')}</p>
        <button type="button" className="button" onClick={onBack}>
          {words.t('dashboard.moreThanTiredness.back')}
        </button>
      </article>
    </main>
  );
}

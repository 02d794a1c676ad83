import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Patterns } from '../../../app/shared/patterns';
import type { Person } from '../../../app/shared/records';
import type { Translator } from '../../../app/shared/i18n/translator';
import { AlertLine } from '../controls/AlertLine';
import { useWords } from '../i18n/words';

const dateFormat = (timeZone: string, words: Translator) =>
  new Intl.DateTimeFormat(words.dateLocale.code ?? words.language, { dateStyle: 'medium', timeZone });

/** A new person's id: stable when they are renamed, so what was noted stays theirs; never shown. */
function newId(taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`person-${n}`)) n++;
  return `person-${n}`;
}

/** The user's own people and groups, when each was last reached, and a one-tap record of support taken. */
export function SupportSection({
  api,
  support,
  timeZone,
}: {
  api: InterludeApi;
  support: Patterns['support'];
  timeZone: string;
}) {
  const words = useWords();
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const record = async (person: Patterns['support'][number], how: 'reached-out' | 'consultation') => {
    const outcome = await api.recordSupport({ personId: person.personId, how });
    setStatus(
      outcome.ok
        ? words.t('patterns.support.notedFor', { name: person.name })
        : outcome.message
          ? words.say(outcome.message)
          : words.t('patterns.support.couldNotSave'),
    );
  };
  return (
    <section className="card" aria-labelledby="support-title">
      <h2 id="support-title">{words.t('patterns.support.title')}</h2>
      {support.length === 0 ? (
        <p className="quiet">{words.t('patterns.support.empty')}</p>
      ) : (
        <ul className="plain-list support-list">
          {support.map((person) => (
            <li key={person.personId} className="list-row">
              <div>
                <strong>{person.name}</strong>
                <p className="quiet small">
                  {person.lastAt === null
                    ? words.t('patterns.support.notNotedYet')
                    : words.t('patterns.support.lastNoted', {
                        date: dateFormat(timeZone, words).format(person.lastAt),
                      })}
                  {person.everyDays ? ` · ${words.t('patterns.support.aim', { count: person.everyDays })}` : ''}
                </p>
              </div>
              <div className="actions compact">
                <button
                  type="button"
                  className="button"
                  aria-label={words.t('patterns.support.reachedOutTo', { name: person.name })}
                  onClick={() => void record(person, 'reached-out')}
                >
                  {words.t('patterns.support.reachedOut')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={words.t('patterns.support.hadConsultationWith', { name: person.name })}
                  onClick={() => void record(person, 'consultation')}
                >
                  {words.t('patterns.support.hadConsultation')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <PeopleEditor
          api={api}
          people={support.map((person) => ({ id: person.personId, name: person.name, everyDays: person.everyDays }))}
          onDone={(message) => {
            setEditing(false);
            setStatus(message);
          }}
        />
      ) : (
        <button type="button" className="button subtle" onClick={() => setEditing(true)}>
          {support.length === 0 ? words.t('patterns.support.addPeople') : words.t('patterns.support.editList')}
        </button>
      )}
      <p className="form-status" role="status">
        {status}
      </p>
    </section>
  );
}

function PeopleEditor({
  api,
  people,
  onDone,
}: {
  api: InterludeApi;
  people: Person[];
  onDone: (message: string | null) => void;
}) {
  const words = useWords();
  const [list, setList] = useState(people.map((person) => ({ ...person, every: person.everyDays?.toString() ?? '' })));
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const change = (index: number, patch: Partial<(typeof list)[number]>) =>
    setList(list.map((person, at) => (at === index ? { ...person, ...patch } : person)));
  const save = async () => {
    const cleaned = list.filter((person) => person.name.trim() !== '');
    const every = cleaned.map((person) => (person.every.trim() === '' ? null : Number(person.every)));
    if (every.some((days) => days !== null && (!Number.isInteger(days) || days < 1 || days > 120))) {
      setMessage(words.t('patterns.people.rhythmInvalid'));
      return;
    }
    const outcome = await api.savePeople({
      people: cleaned.map((person, index) => ({ id: person.id, name: person.name.trim(), everyDays: every[index]! })),
    });
    if (outcome.ok) onDone(words.t('patterns.people.saved'));
    else setMessage(outcome.message ? words.say(outcome.message) : words.t('patterns.people.couldNotSave'));
  };
  return (
    <form
      className="people-editor"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`} className="subheading">
        {words.t('patterns.people.title')}
      </h3>
      <p className="quiet small">{words.t('patterns.people.hint')}</p>
      {list.map((person, index) => (
        <fieldset key={person.id} className="field-row person-row">
          <legend className="visually-hidden">{words.t('patterns.people.personOrGroup', { number: index + 1 })}</legend>
          <div className="field">
            <label htmlFor={`${id}-${index}-name`}>{words.t('patterns.people.name')}</label>
            <input
              id={`${id}-${index}-name`}
              value={person.name}
              maxLength={80}
              onChange={(event) => change(index, { name: event.target.value })}
            />
          </div>
          <div className="field narrow-field">
            <label htmlFor={`${id}-${index}-every`}>{words.t('patterns.people.every')}</label>
            <input
              id={`${id}-${index}-every`}
              inputMode="numeric"
              value={person.every}
              onChange={(event) => change(index, { every: event.target.value })}
            />
          </div>
          <button
            type="button"
            className="button subtle"
            aria-label={
              person.name
                ? words.t('patterns.people.removeNamed', { name: person.name })
                : words.t('patterns.people.removeNumbered', { number: index + 1 })
            }
            onClick={() => setList(list.filter((_, at) => at !== index))}
          >
            {words.t('patterns.people.remove')}
          </button>
        </fieldset>
      ))}
      <AlertLine message={message} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={list.length >= 30}
          onClick={() => setList([...list, { id: newId(list.map((p) => p.id)), name: '', everyDays: null, every: '' }])}
        >
          {words.t('patterns.people.add')}
        </button>
        <button type="submit" className="button primary">
          {words.t('patterns.people.save')}
        </button>
        <button type="button" className="button subtle" onClick={() => onDone(null)}>
          {words.t('patterns.people.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Patterns } from '../../../app/shared/patterns';
import type { Person } from '../../../app/shared/records';
import { AlertLine } from '../controls/AlertLine';

const dateFormat = (timeZone: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone });

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
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const record = async (person: Patterns['support'][number], how: 'reached-out' | 'consultation') => {
    const outcome = await api.recordSupport({ personId: person.personId, how });
    setStatus(outcome.ok ? `Noted for ${person.name}.` : (outcome.message ?? 'That could not be saved.'));
  };
  return (
    <section className="card" aria-labelledby="support-title">
      <h2 id="support-title">Support</h2>
      {support.length === 0 ? (
        <p className="quiet">
          List the people and groups you turn to, such as supervision, a consultation group or a colleague, and note
          when you reach out. Support taken belongs in the picture as much as strain.
        </p>
      ) : (
        <ul className="plain-list support-list">
          {support.map((person) => (
            <li key={person.personId} className="list-row">
              <div>
                <strong>{person.name}</strong>
                <p className="quiet small">
                  {person.lastAt === null
                    ? 'Not noted yet'
                    : `Last noted ${dateFormat(timeZone).format(person.lastAt)}`}
                  {person.everyDays ? ` · you aim for every ${person.everyDays} days` : ''}
                </p>
              </div>
              <div className="actions compact">
                <button type="button" className="button" onClick={() => void record(person, 'reached-out')}>
                  I reached out<span className="visually-hidden"> to {person.name}</span>
                </button>
                <button type="button" className="button" onClick={() => void record(person, 'consultation')}>
                  I had consultation<span className="visually-hidden"> with {person.name}</span>
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
          {support.length === 0 ? 'Add your people' : 'Edit your list'}
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
  const [list, setList] = useState(people.map((person) => ({ ...person, every: person.everyDays?.toString() ?? '' })));
  const [message, setMessage] = useState<string | null>(null);
  const id = useId();
  const change = (index: number, patch: Partial<(typeof list)[number]>) =>
    setList(list.map((person, at) => (at === index ? { ...person, ...patch } : person)));
  const save = async () => {
    const cleaned = list.filter((person) => person.name.trim() !== '');
    const every = cleaned.map((person) => (person.every.trim() === '' ? null : Number(person.every)));
    if (every.some((days) => days !== null && (!Number.isInteger(days) || days < 1 || days > 120))) {
      setMessage('A rhythm is a whole number of days, from 1 to 120, or left empty.');
      return;
    }
    const outcome = await api.savePeople({
      people: cleaned.map((person, index) => ({ id: person.id, name: person.name.trim(), everyDays: every[index]! })),
    });
    if (outcome.ok) onDone('Your list is saved.');
    else setMessage(outcome.message ?? 'The list could not be saved.');
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
        Your people and groups
      </h3>
      <p className="quiet small">Names as you like to think of them; they stay on this computer.</p>
      {list.map((person, index) => (
        <fieldset key={person.id} className="field-row person-row">
          <legend className="visually-hidden">Person or group {index + 1}</legend>
          <div className="field">
            <label htmlFor={`${id}-${index}-name`}>Name</label>
            <input
              id={`${id}-${index}-name`}
              value={person.name}
              maxLength={80}
              onChange={(event) => change(index, { name: event.target.value })}
            />
          </div>
          <div className="field narrow-field">
            <label htmlFor={`${id}-${index}-every`}>Every … days (optional)</label>
            <input
              id={`${id}-${index}-every`}
              inputMode="numeric"
              value={person.every}
              onChange={(event) => change(index, { every: event.target.value })}
            />
          </div>
          <button type="button" className="button subtle" onClick={() => setList(list.filter((_, at) => at !== index))}>
            Remove<span className="visually-hidden"> {person.name || `person ${index + 1}`}</span>
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
          Add a person or group
        </button>
        <button type="submit" className="button primary">
          Save the list
        </button>
        <button type="button" className="button subtle" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

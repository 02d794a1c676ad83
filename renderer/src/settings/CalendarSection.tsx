import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { CalendarState, SourceStatus } from '../../../app/shared/domain';
import type { Settings } from '../../../app/shared/settings';
import { day, when } from '../format';
import { CALENDAR_GUIDES } from './calendar-guides';
import { SessionRuleForm } from './SessionRuleForm';

interface CalendarSectionProps {
  api: InterludeApi;
  calendar: CalendarState;
  settings: Settings;
  timeZone: string;
  now: number;
}

/** Calendars: import a file, subscribe to a feed, see how each is doing, and choose what counts as a session. */
export function CalendarSection({ api, calendar, settings, timeZone, now }: CalendarSectionProps) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const id = useId();

  const run = async (action: () => Promise<{ ok: boolean; message?: string }>, success: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await action();
      setMessage(result.ok ? success : (result.message ?? 'That did not work.'));
      return result.ok;
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That did not work.');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    await run(() => api.importCalendar({ text }), 'Imported. Its sessions are now on your timeline.');
    input.value = '';
  };

  const subscribe = async (event: FormEvent) => {
    event.preventDefault();
    const named = label.trim();
    if (
      await run(
        () => api.subscribeCalendar({ url, ...(named ? { label: named } : {}) }),
        'Subscribed. Interlude is fetching the calendar now.',
      )
    ) {
      setUrl('');
      setLabel('');
    }
  };

  const setCalendarSettings = (patch: Partial<Settings['calendar']>) =>
    void api.updateSettings({ ...settings, calendar: { ...settings.calendar, ...patch } });

  return (
    <section className="card calendars" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Calendars</h3>
      <p className="quiet">
        Interlude reads only the start and end of each appointment. Names, notes, links and places are dropped as the
        calendar is read.
      </p>

      {calendar.sources.length > 0 ? (
        <ul className="sources" aria-label="Your calendars">
          {calendar.sources.map((source) => (
            <SourceRow
              key={source.id}
              source={source}
              timeZone={timeZone}
              now={now}
              busy={busy}
              onRefresh={() =>
                void run(() => api.refreshCalendar({ id: source.id }), `Fetching ${source.label} again…`)
              }
              onRemove={() => void run(() => api.removeCalendar({ id: source.id }), `Removed ${source.label}.`)}
              onRename={(name) =>
                run(
                  () => api.renameCalendar({ id: source.id, label: name }),
                  name.trim() ? `Renamed to ${name.trim()}.` : 'Named by its address again.',
                )
              }
            />
          ))}
        </ul>
      ) : (
        <p className="empty">No calendars yet. Your weekly schedule is in use.</p>
      )}

      <div className="calendar-actions">
        <div className="field">
          <label htmlFor={`${id}-file`}>Import an .ics file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".ics,text/calendar"
            disabled={busy}
            onChange={(event) => void importFile(event)}
          />
        </div>
        <form className="subscribe" onSubmit={(event) => void subscribe(event)}>
          <div className="field">
            <label htmlFor={`${id}-url`}>Or subscribe to a calendar link</label>
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              placeholder="https:// or webcal://"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-label`}>Its name (optional)</label>
            <input
              id={`${id}-label`}
              type="text"
              maxLength={60}
              placeholder="SimplePractice"
              value={label}
              onChange={(event) => setLabel(event.target.value)}
              autoComplete="off"
            />
          </div>
          <button type="submit" className="button" disabled={busy || url.trim() === ''}>
            Subscribe
          </button>
        </form>
      </div>
      <p className="form-status" role="status" data-testid="calendar-status">
        {message}
      </p>
      <p className="quiet small" data-testid="secret-note">
        {calendar.secretStorage.note}
      </p>

      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={settings.calendar.useTemplate}
          onChange={(event) => setCalendarSettings({ useTemplate: event.target.checked })}
        />
        <span>Also use my weekly schedule</span>
      </label>

      <SessionRuleForm api={api} settings={settings} />

      <details className="guides">
        <summary>Where to find your calendar link</summary>
        <dl>
          {CALENDAR_GUIDES.map((guide) => (
            <div key={guide.service}>
              <dt>{guide.service}</dt>
              <dd>{guide.steps}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

function SourceRow({
  source,
  timeZone,
  now,
  busy,
  onRefresh,
  onRemove,
  onRename,
}: {
  source: SourceStatus;
  timeZone: string;
  now: number;
  busy: boolean;
  onRefresh: () => void;
  onRemove: () => void;
  onRename: (label: string) => Promise<boolean>;
}) {
  const [naming, setNaming] = useState<string | null>(null);
  const nameId = useId();
  // A feed never fetched says so once, with its reason, in the error line below.
  const updated =
    source.lastSuccessAt === null
      ? source.lastError
        ? null
        : 'Not fetched yet'
      : `Updated ${when(source.lastSuccessAt, now, timeZone)}`;
  return (
    <li className="source" data-stale={source.stale}>
      <div className="source-head">
        <strong>{source.label}</strong>
        <span className="status-tag">{source.kind === 'feed' ? 'Subscribed' : 'Imported'}</span>
      </div>
      <p className="source-status">
        {source.refreshing ? 'Fetching… ' : ''}
        {updated ? `${updated} · ` : ''}
        {source.sessionsNext7Days} session{source.sessionsNext7Days === 1 ? '' : 's'} in the next 7 days
        {source.coversUntil !== null ? ` · covers until ${day(source.coversUntil, timeZone)}` : ''}
      </p>
      {source.lastError ? (
        <p className="source-error" role="alert">
          {source.lastSuccessAt === null
            ? `Not fetched yet: ${source.lastError} No sessions from this calendar are in use until it is.`
            : `Out of date: ${source.lastError} The schedule fetched ${when(source.lastSuccessAt, now, timeZone)} is still in use.`}
        </p>
      ) : null}
      {source.warnings.length > 0 ? (
        <details className="source-warnings">
          <summary>
            {source.warnings.length === 1
              ? '1 note about this calendar'
              : `${source.warnings.length} notes about this calendar`}
          </summary>
          <ul>
            {source.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {naming !== null ? (
        <form
          className="rename"
          onSubmit={(event) => {
            event.preventDefault();
            void onRename(naming).then((ok) => ok && setNaming(null));
          }}
        >
          <div className="field">
            <label htmlFor={nameId}>Name for this calendar</label>
            <input
              id={nameId}
              type="text"
              maxLength={60}
              value={naming}
              onChange={(event) => setNaming(event.target.value)}
              autoComplete="off"
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            Save name
          </button>
          <button type="button" className="button subtle" onClick={() => setNaming(null)}>
            Cancel
          </button>
        </form>
      ) : null}
      <div className="actions compact">
        {source.kind === 'feed' && naming === null ? (
          <button type="button" className="button subtle" disabled={busy} onClick={() => setNaming(source.label)}>
            Rename {source.label}
          </button>
        ) : null}
        {source.kind === 'feed' ? (
          <button
            type="button"
            className={source.lastError || source.stale ? 'button primary' : 'button subtle'}
            disabled={busy}
            onClick={onRefresh}
          >
            {source.lastError || source.stale ? `Try ${source.label} again now` : `Refresh ${source.label}`}
          </button>
        ) : null}
        <button type="button" className="button subtle" disabled={busy} onClick={onRemove}>
          Remove {source.label}
        </button>
      </div>
    </li>
  );
}

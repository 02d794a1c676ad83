import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { CalendarState, SourceStatus } from '../../../app/shared/domain';
import { message, type Message } from '../../../app/shared/i18n/message';
import type { Settings } from '../../../app/shared/settings';
import { useWords } from '../i18n/words';
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
  const words = useWords();
  // A message from the core or ours, worded as shown; a thrown error's own text is shown as it is.
  const [status, setStatus] = useState<Message | { thrown: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const id = useId();

  const run = async (action: () => Promise<{ ok: boolean; message?: Message }>, success: Message) => {
    setBusy(true);
    setStatus(null);
    try {
      const result = await action();
      setStatus(result.ok ? success : (result.message ?? message('settings.calendar.failed')));
      return result.ok;
    } catch (error) {
      setStatus(error instanceof Error ? { thrown: error.message } : message('settings.calendar.failed'));
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
    await run(() => api.importCalendar({ text }), message('settings.calendar.imported'));
    input.value = '';
  };

  const subscribe = async (event: FormEvent) => {
    event.preventDefault();
    const named = label.trim();
    if (
      await run(
        () => api.subscribeCalendar({ url, ...(named ? { label: named } : {}) }),
        message('settings.calendar.subscribed'),
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
      <h3 id={`${id}-title`}>{words.t('settings.calendar.title')}</h3>
      <p className="quiet">{words.t('settings.calendar.intro')}</p>

      {calendar.sources.length > 0 ? (
        <ul className="sources" aria-label={words.t('settings.calendar.listLabel')}>
          {calendar.sources.map((source) => (
            <SourceRow
              key={source.id}
              source={source}
              timeZone={timeZone}
              now={now}
              busy={busy}
              onRefresh={() =>
                void run(
                  () => api.refreshCalendar({ id: source.id }),
                  message('settings.calendar.fetchingAgain', { name: source.label }),
                )
              }
              onRemove={() =>
                void run(
                  () => api.removeCalendar({ id: source.id }),
                  message('settings.calendar.removed', { name: source.label }),
                )
              }
              onRename={(name) =>
                run(
                  () => api.renameCalendar({ id: source.id, label: name }),
                  name.trim()
                    ? message('settings.calendar.renamed', { name: name.trim() })
                    : message('settings.calendar.namedByAddress'),
                )
              }
            />
          ))}
        </ul>
      ) : (
        <p className="empty">{words.t('settings.calendar.empty')}</p>
      )}

      <div className="calendar-actions">
        <div className="field">
          <label htmlFor={`${id}-file`}>{words.t('settings.calendar.importLabel')}</label>
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
            <label htmlFor={`${id}-url`}>{words.t('settings.calendar.subscribeLabel')}</label>
            <input
              id={`${id}-url`}
              type="url"
              inputMode="url"
              placeholder={words.t('settings.calendar.urlPlaceholder')}
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-label`}>{words.t('settings.calendar.nameLabel')}</label>
            <input
              id={`${id}-label`}
              type="text"
              maxLength={60}
              placeholder={words.t('settings.calendar.namePlaceholder')}
              value={label}
              onChange={(event) => setLabel(event.target.value)}
              autoComplete="off"
            />
          </div>
          <button type="submit" className="button" disabled={busy || url.trim() === ''}>
            {words.t('settings.calendar.subscribe')}
          </button>
        </form>
      </div>
      <p className="form-status" role="status" data-testid="calendar-status">
        {status === null ? null : 'thrown' in status ? status.thrown : words.say(status)}
      </p>
      <p className="quiet small" data-testid="secret-note">
        {words.say(calendar.secretStorage.note)}
      </p>

      <label className="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={settings.calendar.useTemplate}
          onChange={(event) => setCalendarSettings({ useTemplate: event.target.checked })}
        />
        <span>{words.t('settings.calendar.useTemplate')}</span>
      </label>

      <SessionRuleForm api={api} settings={settings} />

      <details className="guides">
        <summary>{words.t('settings.calendar.guides')}</summary>
        <dl>
          {CALENDAR_GUIDES.map((guide) => (
            <div key={guide.id}>
              <dt>{words.t(guide.service)}</dt>
              <dd>{words.t(guide.steps)}</dd>
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
  const words = useWords();
  const [naming, setNaming] = useState<string | null>(null);
  const nameId = useId();
  const name = words.say(source.label);
  // A feed never fetched says so once, with its reason, in the error line below.
  const updated =
    source.lastSuccessAt === null
      ? source.lastError
        ? null
        : words.t('settings.calendar.source.notFetchedYet')
      : words.t('settings.calendar.source.updated', { when: words.when(source.lastSuccessAt, now, timeZone) });
  const status = [
    updated,
    words.t('settings.calendar.source.sessionsNext7Days', { count: source.sessionsNext7Days }),
    source.coversUntil !== null
      ? words.t('settings.calendar.source.coversUntil', { day: words.day(source.coversUntil, timeZone) })
      : null,
  ].filter((part) => part !== null);
  const stale = source.lastError !== null || source.stale;
  return (
    <li className="source" data-stale={source.stale}>
      <div className="source-head">
        <strong>{name}</strong>
        <span className="status-tag">
          {words.t(source.kind === 'feed' ? 'settings.calendar.source.kindFeed' : 'settings.calendar.source.kindFile')}
        </span>
      </div>
      <p className="source-status">
        {source.refreshing ? `${words.t('settings.calendar.source.fetching')} ` : ''}
        {status.join(' · ')}
      </p>
      {source.lastError ? (
        <p className="source-error" role="alert">
          {source.lastSuccessAt === null
            ? words.t('settings.calendar.source.errorNeverFetched', { error: source.lastError })
            : words.t('settings.calendar.source.errorOutOfDate', {
                error: source.lastError,
                when: words.when(source.lastSuccessAt, now, timeZone),
              })}
        </p>
      ) : null}
      {source.warnings.length > 0 ? (
        <details className="source-warnings">
          <summary>{words.t('settings.calendar.source.notes', { count: source.warnings.length })}</summary>
          <ul>
            {source.warnings.map((warning, index) => (
              <li key={index}>{words.say(warning)}</li>
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
            <label htmlFor={nameId}>{words.t('settings.calendar.source.nameLabel')}</label>
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
            {words.t('settings.calendar.source.saveName')}
          </button>
          <button type="button" className="button subtle" onClick={() => setNaming(null)}>
            {words.t('settings.calendar.source.cancel')}
          </button>
        </form>
      ) : null}
      <div className="actions compact">
        {source.kind === 'feed' && naming === null ? (
          <button type="button" className="button subtle" disabled={busy} onClick={() => setNaming(name)}>
            {words.t('settings.calendar.source.rename', { name })}
          </button>
        ) : null}
        {source.kind === 'feed' ? (
          <button
            type="button"
            className={stale ? 'button primary' : 'button subtle'}
            disabled={busy}
            onClick={onRefresh}
          >
            {words.t(stale ? 'settings.calendar.source.tryAgain' : 'settings.calendar.source.refresh', { name })}
          </button>
        ) : null}
        <button type="button" className="button subtle" disabled={busy} onClick={onRemove}>
          {words.t('settings.calendar.source.remove', { name })}
        </button>
      </div>
    </li>
  );
}

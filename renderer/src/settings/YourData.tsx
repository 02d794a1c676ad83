import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import { message, type Message } from '../../../app/shared/i18n/message';
import { useWords } from '../i18n/words';

/** The word as typed, in a form to compare: case, accents and spaces around it do not matter. */
const typedWord = (text: string) => text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Export the whole history, or erase every file of it from this computer. */
export function YourData({ api }: { api: InterludeApi }) {
  const words = useWords();
  const [status, setStatus] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  // The word shown is the user's language's; the English word is taken too, as the core takes it.
  const eraseWord = words.t('settings.yourData.eraseWord');
  const confirmed = [typedWord(eraseWord), 'erase'].includes(typedWord(typed));
  const exportAs = async (format: 'csv' | 'json') => {
    setBusy(true);
    const result = await api.exportData({ format });
    setBusy(false);
    if (result.result === 'download') {
      download(result.fileName, result.contents, format);
      setStatus(message('settings.yourData.downloaded', { file: result.fileName }));
    } else if (result.result === 'saved') setStatus(message('settings.yourData.saved', { file: result.fileName }));
    else if (result.result === 'cancelled') setStatus(message('settings.yourData.cancelled'));
    else setStatus(result.message);
  };
  const erase = async () => {
    setBusy(true);
    const outcome = await api.eraseEverything({ confirmation: typed });
    setBusy(false);
    if (outcome.ok) {
      setConfirming(false);
      setTyped('');
      setStatus(message('settings.yourData.erased'));
    } else setStatus(outcome.message ?? message('settings.yourData.nothingErased'));
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.t('settings.yourData.title')}</h3>
      <p className="quiet">{words.t('settings.yourData.intro')}</p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          {words.t('settings.yourData.exportCsv')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('json')}>
          {words.t('settings.yourData.exportJson')}
        </button>
      </div>
      {confirming ? (
        <form
          className="erase-confirm"
          aria-labelledby={`${id}-erase-title`}
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <h4 id={`${id}-erase-title`} className="subheading">
            {words.t('settings.yourData.eraseTitle')}
          </h4>
          <p>{words.t('settings.yourData.eraseWarning')}</p>
          <div className="field">
            <label htmlFor={`${id}-erase`}>{words.t('settings.yourData.typeToConfirm', { word: eraseWord })}</label>
            <input
              id={`${id}-erase`}
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button danger" disabled={busy || !confirmed}>
              {words.t('settings.yourData.eraseNow')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {words.t('settings.yourData.keepData')}
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
            {words.t('settings.yourData.eraseStart')}
          </button>
        </div>
      )}
      <p className="form-status" role="status">
        {status ? words.say(status) : null}
      </p>
    </section>
  );
}

/** The preview hands the file back: the browser saves it as a download. */
function download(fileName: string, contents: string, format: 'csv' | 'json'): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json';
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

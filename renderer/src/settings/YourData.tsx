import { useId, useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';

const ERASE_WORD = 'erase';

/** Export the whole history, or erase every file of it from this computer. */
export function YourData({ api }: { api: InterludeApi }) {
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const exportAs = async (format: 'csv' | 'json') => {
    setBusy(true);
    const result = await api.exportData({ format });
    setBusy(false);
    if (result.result === 'download') {
      download(result.fileName, result.contents, format);
      setStatus(`Downloaded ${result.fileName}.`);
    } else if (result.result === 'saved') setStatus(`Saved ${result.fileName}.`);
    else if (result.result === 'cancelled') setStatus('Export cancelled: nothing was saved.');
    else setStatus(result.message);
  };
  const erase = async () => {
    setBusy(true);
    const outcome = await api.eraseEverything({ confirmation: typed });
    setBusy(false);
    if (outcome.ok) {
      setConfirming(false);
      setTyped('');
      setStatus('Everything was erased from this computer. Interlude is as it was on first run.');
    } else setStatus(outcome.message ?? 'Nothing was erased.');
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your data</h3>
      <p className="quiet">
        Everything Interlude keeps stays on this computer. Export it to keep a copy or read it elsewhere.
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('csv')}>
          Export as CSV (spreadsheet)
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void exportAs('json')}>
          Export as JSON (complete)
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
            Erase everything
          </h4>
          <p>
            This removes your journal and check-ins, reflections, moments, your list of people, calendar caches and
            saved calendar addresses, and your settings. It cannot be undone.
          </p>
          <div className="field">
            <label htmlFor={`${id}-erase`}>Type “{ERASE_WORD}” to confirm</label>
            <input
              id={`${id}-erase`}
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          </div>
          <div className="actions">
            <button
              type="submit"
              className="button danger"
              disabled={busy || typed.trim().toLowerCase() !== ERASE_WORD}
            >
              Erase everything now
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep my data
            </button>
          </div>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button subtle" onClick={() => setConfirming(true)}>
            Erase everything…
          </button>
        </div>
      )}
      <p className="form-status" role="status">
        {status}
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

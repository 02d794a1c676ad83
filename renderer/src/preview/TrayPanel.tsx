import type { Translator } from '../../../app/shared/i18n/translator';
import type { TrayAction, TrayMenuItem, TrayMenuModel } from '../../../app/shared/tray-menu';
import idleIcon from '../../../assets/tray/tray-idle@2x.png';
import pausedIcon from '../../../assets/tray/tray-paused@2x.png';
import promptIcon from '../../../assets/tray/tray-prompt@2x.png';
import sessionIcon from '../../../assets/tray/tray-session@2x.png';
import { useWords } from '../i18n/words';

interface TrayPanelProps {
  model: TrayMenuModel | null;
  onAction: (action: TrayAction) => void;
}

const STATE_TEXT = {
  idle: 'preview.tray.state.idle',
  'in-session': 'preview.tray.state.inSession',
  'prompt-waiting': 'preview.tray.state.promptWaiting',
  'in-reset': 'preview.tray.state.inReset',
  paused: 'preview.tray.state.paused',
} as const;
/** The same PNGs the Electron tray uses on Linux and Windows. */
const STATE_ICON = {
  idle: idleIcon,
  'in-session': sessionIcon,
  'prompt-waiting': promptIcon,
  'in-reset': promptIcon,
  paused: pausedIcon,
} as const;

export function TrayPanel({ model, onAction }: TrayPanelProps) {
  const words = useWords();
  return (
    <aside className="tray-panel" aria-labelledby="tray-title">
      <h2 id="tray-title">{words.t('preview.tray.title')}</h2>
      {model ? (
        <>
          <p className="tray-state" data-state={model.state} data-testid="tray-state">
            <img className="tray-icon" src={STATE_ICON[model.state]} alt="" width={24} height={24} />
            {words.t(STATE_TEXT[model.state])}
          </p>
          <p className="quiet tray-tooltip" data-testid="tray-tooltip">
            {words.say(model.tooltip)}
          </p>
          <ul className="tray-menu">{model.items.map((item) => renderItem(item, words, onAction))}</ul>
        </>
      ) : (
        <p className="quiet">{words.t('preview.tray.waiting')}</p>
      )}
    </aside>
  );
}

function renderItem(item: TrayMenuItem, words: Translator, onAction: (action: TrayAction) => void) {
  switch (item.kind) {
    case 'label':
      return (
        <li key={item.id} className="tray-label" data-testid={`tray-${item.id}`}>
          {words.say(item.text)}
        </li>
      );
    case 'separator':
      return <li key={item.id} className="tray-separator" role="separator" />;
    case 'action':
      return (
        <li key={item.id}>
          <button type="button" className="tray-item" disabled={!item.enabled} onClick={() => onAction(item.action)}>
            {words.say(item.text)}
          </button>
        </li>
      );
    case 'submenu':
      return (
        <li key={item.id} className="tray-submenu">
          <span id={`tray-${item.id}`}>{words.say(item.text)}</span>
          <ul aria-labelledby={`tray-${item.id}`}>{item.items.map((child) => renderItem(child, words, onAction))}</ul>
        </li>
      );
  }
}

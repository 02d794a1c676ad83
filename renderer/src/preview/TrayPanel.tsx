import type { TrayAction, TrayMenuItem, TrayMenuModel } from '../../../app/shared/tray-menu';
import idleIcon from '../../../assets/tray/tray-idle@2x.png';
import pausedIcon from '../../../assets/tray/tray-paused@2x.png';
import promptIcon from '../../../assets/tray/tray-prompt@2x.png';
import sessionIcon from '../../../assets/tray/tray-session@2x.png';

interface TrayPanelProps {
  model: TrayMenuModel | null;
  onAction: (action: TrayAction) => void;
}

const STATE_TEXT = {
  idle: 'Between sessions',
  'in-session': 'In session',
  'prompt-waiting': 'A prompt is waiting',
  'in-reset': 'Reset under way',
  paused: 'Paused',
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
  return (
    <aside className="tray-panel" aria-labelledby="tray-title">
      <h2 id="tray-title">Tray menu</h2>
      {model ? (
        <>
          <p className="tray-state" data-state={model.state} data-testid="tray-state">
            <img className="tray-icon" src={STATE_ICON[model.state]} alt="" width={24} height={24} />
            {STATE_TEXT[model.state]}
          </p>
          <p className="quiet tray-tooltip" data-testid="tray-tooltip">
            {model.tooltip}
          </p>
          <ul className="tray-menu">{model.items.map((item) => renderItem(item, onAction))}</ul>
        </>
      ) : (
        <p className="quiet">Waiting for the core…</p>
      )}
    </aside>
  );
}

function renderItem(item: TrayMenuItem, onAction: (action: TrayAction) => void) {
  switch (item.kind) {
    case 'label':
      return (
        <li key={item.id} className="tray-label" data-testid={`tray-${item.id}`}>
          {item.text}
        </li>
      );
    case 'separator':
      return <li key={item.id} className="tray-separator" role="separator" />;
    case 'action':
      return (
        <li key={item.id}>
          <button type="button" className="tray-item" disabled={!item.enabled} onClick={() => onAction(item.action)}>
            {item.text}
          </button>
        </li>
      );
    case 'submenu':
      return (
        <li key={item.id} className="tray-submenu">
          <span id={`tray-${item.id}`}>{item.text}</span>
          <ul aria-labelledby={`tray-${item.id}`}>{item.items.map((child) => renderItem(child, onAction))}</ul>
        </li>
      );
  }
}

import { describe, expect, it, vi } from 'vitest';
import type { Notification } from '../core/ports';
import type { Language } from '../shared/i18n/languages';
import { message } from '../shared/i18n/message';
import { Translations } from '../shared/i18n/translations';
import { ElectronShell } from './electron-shell';
import { createFakeElectron } from './testing/fake-electron';
import type { TrayController } from './tray';
import type { WindowManager } from './windows';

const reset = (promptId: string, language: Language = 'en'): Notification => ({
  language,
  title: message('notifications.reset.title'),
  body: message('notifications.reset.body', { length: message('time.minutes', { count: 3 }) }),
  kind: 'reset',
  promptId,
  actions: [
    { response: 'start', text: message('notifications.start') },
    { response: 'snooze', text: message('notifications.inFiveMinutes') },
  ],
});

function shellWithFake() {
  const fake = createFakeElectron('/tmp/unused');
  const responses = vi.fn();
  const windows = { showPrompt: vi.fn(), hidePrompt: vi.fn() } as unknown as WindowManager;
  const translations = new Translations();
  const shell = new ElectronShell(fake.electron, windows, {} as TrayController, responses, translations);
  return { fake, shell, responses, translations };
}

describe('words, in the language the core chose', () => {
  it('words a notification in Spanish, its buttons too, once the Spanish messages have loaded', async () => {
    const { fake, shell, translations } = shellWithFake();
    shell.notify(reset('after@1', 'es'));
    await translations.translator('es');
    await Promise.resolve();
    expect(fake.notifications[0]!.options).toMatchObject({
      title: 'Tu sesión ha terminado',
      body: '¿Te tomas 3 minutos?',
      actions: [
        { type: 'button', text: 'Empezar' },
        { type: 'button', text: 'En 5 minutos' },
      ],
    });
  });

  it('shows only the latest notification when an older one was still waiting for its language', async () => {
    const { fake, shell, translations } = shellWithFake();
    shell.notify(reset('after@1', 'fr'));
    shell.notify(reset('after@2', 'es'));
    await Promise.all([translations.translator('fr'), translations.translator('es')]);
    await Promise.resolve();
    expect(fake.notifications.map((notification) => notification.options.title)).toEqual(['Tu sesión ha terminado']);
  });
});

describe('native notifications', () => {
  it('keeps each notification referenced until it is answered, so its click still works minutes later', async () => {
    const { fake, shell, responses, translations } = shellWithFake();
    await translations.translator('en');
    shell.notify(reset('after@1'));
    expect(shell.heldNotifications).toBe(1);
    fake.notifications[0]!.emit('action', {}, 0);
    expect(responses).toHaveBeenCalledWith('after@1', 'start');
    expect(shell.heldNotifications).toBe(0);
  });

  it('lets go of an older notification when a newer prompt comes, and of one the system closed', async () => {
    const { fake, shell, responses, translations } = shellWithFake();
    await translations.translator('en');
    shell.notify(reset('after@1'));
    shell.notify(reset('after@2'));
    expect(shell.heldNotifications).toBe(1);
    fake.notifications[1]!.emit('click');
    expect(responses).toHaveBeenCalledWith('after@2', 'open');
    shell.notify(reset('after@3'));
    fake.notifications[2]!.emit('close');
    expect(shell.heldNotifications).toBe(0);
  });
});

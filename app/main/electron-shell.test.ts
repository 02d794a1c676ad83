import { describe, expect, it, vi } from 'vitest';
import type { Notification } from '../core/ports';
import { ElectronShell } from './electron-shell';
import { createFakeElectron } from './testing/fake-electron';
import type { TrayController } from './tray';
import type { WindowManager } from './windows';

const reset = (promptId: string): Notification => ({
  title: 'Your session has ended',
  body: 'Take three minutes?',
  kind: 'reset',
  promptId,
  actions: [
    { response: 'start', text: 'Start' },
    { response: 'snooze', text: 'In 5 minutes' },
  ],
});

function shellWithFake() {
  const fake = createFakeElectron('/tmp/unused');
  const responses = vi.fn();
  const windows = { showPrompt: vi.fn(), hidePrompt: vi.fn() } as unknown as WindowManager;
  const shell = new ElectronShell(fake.electron, windows, {} as TrayController, responses);
  return { fake, shell, responses };
}

describe('native notifications', () => {
  it('keeps each notification referenced until it is answered, so its click still works minutes later', () => {
    const { fake, shell, responses } = shellWithFake();
    shell.notify(reset('after@1'));
    expect(shell.heldNotifications).toBe(1);
    fake.notifications[0]!.emit('action', {}, 0);
    expect(responses).toHaveBeenCalledWith('after@1', 'start');
    expect(shell.heldNotifications).toBe(0);
  });

  it('lets go of an older notification when a newer prompt comes, and of one the system closed', () => {
    const { fake, shell, responses } = shellWithFake();
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

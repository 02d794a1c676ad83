import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatchInvoke } from '../core/dispatch';
import { ContractError, invokeChannels, type ContractHandlers, type InvokeName } from '../shared/contract';
import type { SenderFacts } from './security';

/**
 * One ipcMain handler per contract channel. Each checks who sent it, then validates the payload
 * against the contract before the core sees it; a rejection changes nothing.
 */
export function registerContractHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ContractHandlers,
  isTrustedSender: (sender: SenderFacts) => boolean,
  isOurWindow: (contents: IpcMainInvokeEvent['sender']) => boolean,
): InvokeName[] {
  const names = Object.keys(invokeChannels) as InvokeName[];
  for (const name of names) {
    ipcMain.handle(invokeChannels[name].channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender({
        frameUrl: frame?.url,
        mainFrame: frame !== null && frame !== undefined && frame === event.sender.mainFrame,
        ourWindow: isOurWindow(event.sender),
      });
      if (!trusted) {
        throw new ContractError(`Rejected ${invokeChannels[name].channel}: the sender is not Interlude's own window.`);
      }
      return dispatchInvoke(handlers, name, payload);
    });
  }
  return names;
}

import {
  ContractError,
  invokeChannels,
  parseRequest,
  type ContractHandlers,
  type InvokeName,
} from '../shared/contract';

export function isInvokeName(name: string): name is InvokeName {
  return Object.hasOwn(invokeChannels, name);
}

/**
 * Validates a request against the contract and runs its handler. An invalid request is rejected
 * before the handler sees it, so it changes nothing. Used by Electron's IPC and the preview bridge alike.
 */
export async function dispatchInvoke(handlers: ContractHandlers, name: string, payload: unknown): Promise<unknown> {
  if (!isInvokeName(name)) throw new ContractError(`Unknown channel: ${name}`);
  const request = parseRequest(name, payload);
  const handler = handlers[name] as (request: unknown) => unknown;
  return await handler(request);
}

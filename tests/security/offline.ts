// Loaded (node --import) into the Electronegativity scanner only. It uses got for two requests,
// to GitHub and S3 (newer Electron releases, updated translations), that these machines cannot
// make; got is swapped for a client that refuses at once, so a scan never touches the network and
// the scanner carries on as it does offline, with its built-in English.
import Module from 'node:module';

type Load = (request: string, ...rest: unknown[]) => unknown;
const loader = Module as unknown as { _load: Load };

const refuse = Object.assign(
  () => Promise.reject(Object.assign(new Error('offline: the tests make no network requests'), { code: 'ENOTFOUND' })),
  { head: () => refuse(), get: () => refuse() },
);
const load = loader._load;
loader._load = function (this: unknown, request, ...rest) {
  return request === 'got' ? { __esModule: true, default: refuse } : load.call(this, request, ...rest);
};

import { z } from 'zod';

// Zod compiles fast parsers with `new Function` where eval is allowed, and probes for it once.
// The windows allow no eval and run under Trusted Types, where even the caught probe is reported
// as a violation; told to be jitless, zod neither probes nor compiles. Imported first by every page.
z.config({ jitless: true });

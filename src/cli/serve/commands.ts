import { option, type Command } from '../spec.js';

/** The web app (PRODUCT.md §12: `npm start` runs this). */
export const commands: Command[] = [
  {
    name: 'serve',
    summary: 'start the web app on this computer',
    positionals: [],
    flags: {
      port: option('port (default 4747)', 'PORT'),
      host: option('address (default 127.0.0.1)', 'HOST'),
      'no-auth': {
        type: 'boolean',
        help: 'let any program or user on this computer use the API without the printed link',
      },
    },
    load: async () => (await import('./serve.js')).serve,
  },
];

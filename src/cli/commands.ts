import { commands as actions } from './actions/commands.js';
import { commands as app } from './app/commands.js';
import { commands as calendar } from './calendar/commands.js';
import { commands as data } from './data/commands.js';
import { commands as debrief } from './debrief/commands.js';
import { commands as demo } from './demo/commands.js';
import { commands as interview } from './interview/commands.js';
import { commands as messages } from './messages/commands.js';
import { commands as network } from './network/commands.js';
import { commands as offers } from './offers/commands.js';
import { commands as serve } from './serve/commands.js';
import { commands as settings } from './settings/commands.js';
import { commands as skills } from './skills/commands.js';
import type { Command } from './spec.js';

/**
 * The command groups, in the order `afterview --help` lists them (PRODUCT.md §12). Each group
 * is a folder that declares its commands in `commands.ts` next to their handlers; a new group
 * is one folder and one line here (docs/cli.md, "Adding a command group").
 */
export const GROUPS: readonly (readonly Command[])[] = [
  serve,
  demo,
  settings,
  app,
  interview,
  actions,
  debrief,
  skills,
  messages,
  offers,
  network,
  calendar,
  data,
];

export const COMMANDS: readonly Command[] = GROUPS.flat();

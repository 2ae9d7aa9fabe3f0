import { createInterface, type Interface } from 'node:readline/promises';

/**
 * Line-by-line questions on a terminal or a pipe. Lines are read through readline's async
 * iterator rather than `question()`: piped input arrives in one chunk, and `question()` would
 * drop every line after the first; the iterator buffers them until they are asked for.
 */
export class Prompter {
  private readonly rl: Interface;
  private readonly lines: AsyncIterator<string>;
  private readonly terminal: boolean;

  constructor(
    input: NodeJS.ReadableStream & { isTTY?: boolean },
    readonly out: NodeJS.WritableStream,
  ) {
    this.terminal = input.isTTY === true;
    this.rl = createInterface({ input, output: out, terminal: this.terminal });
    // Ctrl-C ends the input: the caller sees null and stops without saving.
    this.rl.on('SIGINT', () => {
      this.rl.close();
    });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  /** Prints `prompt` and returns the next line, trimmed; null when the input has ended. */
  async ask(prompt: string): Promise<string | null> {
    this.rl.setPrompt(prompt);
    this.rl.prompt();
    const r = await this.lines.next();
    if (r.done === true) return null;
    // A terminal echoes what was typed; piped input does not, so end the prompt's line.
    if (!this.terminal) this.out.write('\n');
    return r.value.trim();
  }

  say(text: string): void {
    this.out.write(`${text}\n`);
  }

  close(): void {
    this.rl.close();
  }
}

/** Prompts on stdout, or on stderr when stdout carries `--json`. */
export const stdPrompter = (json: boolean): Prompter =>
  new Prompter(process.stdin, json ? process.stderr : process.stdout);

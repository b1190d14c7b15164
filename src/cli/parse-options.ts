// The option parsing every command with named options shares: strict, no positionals, and a wrong
// command line answered with the problem and the command's help.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The parsed option values, or null once the problem and `help` are printed (the command exits 2). */
export function parseOptions<const T extends OptionsConfig>(
  args: readonly string[],
  options: T,
  help: string,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${help}`);
    return null;
  }
}

// `npx lighed <command>`: the command-line tool.
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from '../config/config.ts';
import { AppError } from '../shared/errors.ts';
import { isLocale, t, type Locale } from '../shared/i18n.ts';
import { commands } from './commands.ts';

const usage = `Brug: lighed <kommando> [valg]

Kommandoer:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join('\n')}

Skriv "lighed <kommando> --help" for valg til en kommando.
Indstillinger læses fra miljøet: DATABASE_URL, LIGHED_DATA_DIR, PORT, HOST, LIGHED_DEMO.`;

export function printError(err: unknown, locale: Locale): void {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else if (err instanceof AppError) {
    console.error(`Fejl: ${t(locale, err.messageKey, err.params)}`);
    for (const f of err.fields) console.error(`  - ${f.field ? `${f.field}: ` : ''}${t(locale, f.rule, f.params ?? {})}`);
  } else {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Ukendt kommando: ${name}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' }, ...command.options },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(command.help);
    return 0;
  }
  const locale: Locale = isLocale(values.lang) ? values.lang : 'da';
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    printError(err, locale);
    return 1;
  }
  try {
    return await command.run({ config, values: values as Record<string, unknown>, positionals, locale });
  } catch (err) {
    printError(err, locale);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // A server keeps running; the other commands end here.
    if (code !== -1) process.exitCode = code;
  },
  (err) => {
    // parseArgs throws on unknown flags.
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 2;
  },
);

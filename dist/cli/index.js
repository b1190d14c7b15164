#!/usr/bin/env node
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/cli/commands/index.ts
/** Every command of the CLI, in the order `--help` lists them. Each lives in its own file. */
const commands = [];

;// CONCATENATED MODULE: ./src/cli/run.ts
// Dispatches `engagement-keeper <command>`; each command lives in its own file under commands/.

const USAGE = `Usage: engagement-keeper <command> [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`).join('\n')}

Run \`engagement-keeper <command> --help\` for the options of a command.`;
async function runCli(argv) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        console.log(USAGE);
        return name ? 0 : 1;
    }
    const command = commands.find((candidate) => candidate.name === name);
    if (!command) {
        console.error(`Unknown command "${name}".\n\n${USAGE}`);
        return 1;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        console.log(command.help);
        return 0;
    }
    return command.run(rest);
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// engagement-keeper's command line: validate an engagement file, read a snapshot, show a plan offline.

runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
});


import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core is pure: (engagement, snapshot, now) -> plan. It never talks to GitHub, never touches the
// file system and never reads the clock, so every rule is a deterministic unit test.
const pureFolders = [
  'src/core/**',
  'src/plan/**',
  'src/engagement/**',
  'src/calendar/**',
  'src/deadlines/**',
  'src/feedback/**',
  'src/pulse/**',
  'src/summary/**',
  'src/messages/**',
  'src/facts-format/**',
  'src/portfolio/**',
];

const shellAndIo = [
  {
    group: ['@actions/*'],
    message: 'The core is pure: GitHub access lives in src/github and src/action.',
  },
  { group: ['@octokit/*'], message: 'The core is pure: GitHub access lives in src/github.' },
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net'],
    message: 'The core is pure: no I/O. Read files in the shell (src/cli, src/action).',
  },
  {
    group: ['**/github/*', '**/action/*', '**/cli/*'],
    message: 'The core must not depend on the shell.',
  },
];
const domainFolders = ['deadlines', 'feedback', 'pulse', 'summary'];
// Relative paths from up to three folders deep (`../plan`, `../../summary/render`, ...).
const upward = (folders, message) => ({
  group: folders.flatMap((folder) =>
    ['..', '../..', '../../..'].flatMap((up) => [`${up}/${folder}`, `${up}/${folder}/*`]),
  ),
  message,
});

function layerRules() {
  const restrict = (files, patterns) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [...shellAndIo, ...patterns] }] },
  });
  return [
    restrict(
      ['src/core/**'],
      [
        upward(
          [...domainFolders, 'plan'],
          'The kernel is at the bottom: it knows no domain and no composer.',
        ),
      ],
    ),
    ...domainFolders.map((domain) =>
      restrict(
        [`src/${domain}/**`],
        [
          upward(
            [...domainFolders.filter((other) => other !== domain), 'plan'],
            'A domain knows the kernel only: domains meet in the composer (src/plan).',
          ),
        ],
      ),
    ),
    restrict(['src/plan/**'], []),
    // The GitHub adapter reads and writes what it is told: which issues and comments matter is the
    // domains' to say, through the composer (src/plan/reads.ts), never the adapter's.
    {
      files: ['src/github/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              upward(
                [...domainFolders, 'plan'],
                'The GitHub adapter holds no domain knowledge: the shell asks the composer (src/plan/reads.ts).',
              ),
            ],
          },
        ],
      },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: pureFolders,
    rules: {
      'no-restricted-imports': ['error', { patterns: shellAndIo }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core never reads the clock: take `now` as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core never reads the clock: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']",
          message: 'The core never reads the clock: take `now` as a parameter.',
        },
        {
          selector:
            "CallExpression[callee.object.name='DateTime'][callee.property.name='local'][arguments.length=0]",
          message: 'The core never reads the clock: take `now` as a parameter.',
        },
        {
          selector: "MemberExpression[object.name='process']",
          message: 'The core is pure: no process access.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'fake-github/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // The demo, the bench and the GitHub fake they share stand outside the tests: what they need from
  // the tests lives in fake-github/, so nothing outside test/ reaches into it.
  {
    files: ['demo/**', 'bench/**', 'fake-github/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/test', '**/test/*', '**/test/**'],
              message: 'Only tests import from test/: shared fakes and builders live in fake-github/.',
            },
          ],
        },
      ],
    },
  },
  // The layers: the kernel (src/core) at the bottom, the domains above it, the composer (src/plan)
  // above them. No arrow runs back up, and no domain imports another: they meet in the composer.
  ...layerRules(),
);

// The portfolio file written by someone careless or hostile: every refusal is located, says what to do,
// and nothing throws. The file decides which repositories the workflow reads with the App's token, so a
// path out of the repository or a matrix GitHub would refuse is stopped here, before any job runs.
import { describe, expect, it } from 'vitest';
import { formatPortfolioError, loadPortfolio } from '../../src/portfolio/load';

const HEAD = ['portfolio:', '  name: Studio', '  time_zone: Asia/Ho_Chi_Minh'];

function errorsOf(lines: readonly string[]): string[] {
  const result = loadPortfolio(lines.join('\n'), 'portfolio.yml');
  return result.ok ? [] : result.errors.map(formatPortfolioError);
}

describe('a hostile portfolio file', () => {
  it('refuses engagement files outside the client repository, and files that are not YAML', () => {
    expect(
      errorsOf([
        ...HEAD,
        'engagements:',
        '  - id: up',
        '    repository: acme/web',
        '    config: ../../other-client/.github/engagement.yml',
        '  - id: root',
        '    repository: acme/shop',
        '    config: /etc/passwd',
        '  - id: back',
        '    repository: acme/app',
        '    config: .github\\engagement.yml',
        '  - id: readme',
        '    repository: acme/site',
        '    config: README.md',
      ]),
    ).toEqual([
      'portfolio.yml:7:13  engagements[0].config  must be a path inside the repository, such as `.github/engagement.yml` (no leading `/`, no `..`, no `\\`)',
      'portfolio.yml:10:13  engagements[1].config  must be a path inside the repository, such as `.github/engagement.yml` (no leading `/`, no `..`, no `\\`)',
      'portfolio.yml:13:13  engagements[2].config  must be a path inside the repository, such as `.github/engagement.yml` (no leading `/`, no `..`, no `\\`)',
      'portfolio.yml:16:13  engagements[3].config  must name a YAML file (`.yml` or `.yaml`), such as `.github/engagement.yml`',
    ]);
  });

  it('refuses repositories that are not one, and ids that would break an artifact name', () => {
    const errors = errorsOf([
      ...HEAD,
      'engagements:',
      '  - id: dot',
      '    repository: acme/..',
      '  - id: ../../evil',
      '    repository: acme/web',
      '  - id: spaces',
      '    repository: https://github.com/acme/web',
    ]);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^portfolio\.yml:6:17 {2}engagements\[0\]\.repository {2}names no repository/u);
    expect(errors[1]).toMatch(/^portfolio\.yml:7:9 {2}engagements\[1\]\.id {2}must be lower-case letters/u);
    expect(errors[2]).toMatch(
      /^portfolio\.yml:10:17 {2}engagements\[2\]\.repository {2}must be `owner\/name`/u,
    );
  });

  it('refuses more engagements than one GitHub matrix runs, at the list, with what to do', () => {
    const many = Array.from({ length: 257 }, (_, i) => [
      `  - id: e${i}`,
      `    repository: acme/r${i}`,
    ]).flat();
    expect(errorsOf([...HEAD, 'engagements:', ...many])).toEqual([
      'portfolio.yml:5:3  engagements  lists more than 256 engagements, more than one GitHub matrix runs: split them into two portfolio files, each with its own workflow',
    ]);
    expect(errorsOf([...HEAD, 'engagements:', ...many.slice(0, 512)])).toEqual([]);
  });

  it('refuses YAML tricks the engagement file refuses: aliases, duplicate keys, a list for a file', () => {
    const alias = errorsOf([
      ...HEAD,
      'groups:',
      '  - &team { id: team-a, name: A }',
      '  - *team',
      'engagements:',
      '  - { id: web, repository: acme/web, group: team-a }',
    ]);
    expect(alias.length).toBeGreaterThan(0);
    expect(alias.join('\n')).toMatch(/portfolio\.yml:\d+:\d+/u);
    expect(
      errorsOf([
        ...HEAD,
        'engagements:',
        '  - id: web',
        '    repository: acme/web',
        '    repository: acme/shop',
      ]).join('\n'),
    ).toMatch(
      /^portfolio\.yml:7:5 {2}engagements\[0\]\.repository {2}YAML: the key `repository` is written twice/u,
    );
    const list = errorsOf(['- portfolio', '- engagements']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^portfolio\.yml:1:1 /u);
    // Keys that would reach an object's prototype are unknown keys like any other.
    expect(
      errorsOf([
        ...HEAD,
        '__proto__: { polluted: true }',
        'engagements:',
        '  - { id: web, repository: acme/web }',
      ]),
    ).toEqual([expect.stringMatching(/^portfolio\.yml:4:1 {2}__proto__ {2}is not a known key/u)]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a file too large to be a list of engagements before parsing it', () => {
    const huge = [
      ...HEAD,
      'engagements:',
      '  - id: web',
      '    repository: acme/web',
      `# ${'x'.repeat(2_000_000)}`,
    ];
    const errors = errorsOf(huge);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^portfolio\.yml:1:1 {2}\(file\) {2}is [\d,]+ characters long/u);
  });
});

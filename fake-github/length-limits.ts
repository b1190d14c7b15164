// GitHub's length limits on what is written, and the 422 it answers when one is passed. GitHub checks
// these itself (the OpenAPI description does not state them), so the fake checks them here.

export const LIMITS = { body: 65_536, title: 256, labelName: 50 } as const;

interface Refusal {
  readonly resource: 'Issue' | 'IssueComment' | 'Label';
  readonly field: string;
  readonly message: string;
}

function tooLong(resource: Refusal['resource'], field: string, value: unknown, max: number): Refusal[] {
  if (typeof value !== 'string' || value.length <= max) return [];
  return [{ resource, field, message: `${field} is too long (maximum is ${max} characters)` }];
}

function labelNames(value: unknown): Refusal[] {
  const names = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return names.flatMap((name) => {
    const text = typeof name === 'string' ? name : (name as { name?: unknown } | null)?.name;
    if (typeof text !== 'string') return [];
    if (text.trim() === '')
      return [{ resource: 'Label' as const, field: 'name', message: "name can't be blank" }];
    return tooLong('Label', 'name', text, LIMITS.labelName);
  });
}

/** What GitHub would refuse in this write for its length, by operation. */
export function lengthRefusals(operation: string, input: Record<string, unknown>): Refusal[] {
  switch (operation) {
    case 'issues/create':
    case 'issues/update':
      return [
        ...tooLong('Issue', 'title', input.title, LIMITS.title),
        ...tooLong('Issue', 'body', input.body, LIMITS.body),
        ...labelNames(input.labels),
      ];
    case 'issues/create-comment':
    case 'issues/update-comment':
      return tooLong('IssueComment', 'body', input.body, LIMITS.body);
    case 'issues/create-label':
    case 'issues/update-label':
      return [...labelNames(input.name), ...labelNames(input.new_name)];
    case 'issues/add-labels':
    case 'issues/set-labels':
      return labelNames(input.labels);
    default:
      return [];
  }
}

/** GitHub's answer to a refused write: 422 Validation Failed with one error per field. */
export function refusalAnswer(refusals: readonly Refusal[]): unknown {
  return {
    message: 'Validation Failed',
    errors: refusals.map((refusal) => ({ ...refusal, code: 'custom' })),
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  };
}

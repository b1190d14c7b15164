// Checks every REST request the fake receives, and every answer it gives, against GitHub's published
// OpenAPI description (@octokit/openapi): the method and path exist, path and query parameters are
// known and well-typed, the JSON body matches the request schema, and the answer matches the response
// schema for its status. A request GitHub would reject is a violation, and tests fail on violations.
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

interface Operation {
  operationId: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonObject }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: JsonObject }> }>;
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  operations: Record<string, Operation>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: {
    parameters: Record<string, Parameter>;
    responses: Record<string, { content?: Record<string, { schema: JsonObject }> }>;
    schemas: Record<string, JsonObject>;
  };
}

let cached: OpenApiValidator | null = null;

/** One validator per process: the description is 13 MB and compiling schemas is not free. */
export function openApiValidator(): OpenApiValidator {
  cached ??= new OpenApiValidator();
  return cached;
}

export interface RequestCheck {
  readonly operationId: string | null;
  readonly template: string | null;
  readonly problems: string[];
}

export class OpenApiValidator {
  private readonly spec: Spec;
  private readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor() {
    const require = createRequire(import.meta.url);
    this.spec = require('@octokit/openapi/generated/api.github.com.json') as Spec;
    this.routes = Object.entries(this.spec.paths).map(([template, operations]) => {
      const names: string[] = [];
      const source = template
        .replace(/[.*+?^$()|[\]\\]/gu, '\\$&')
        .replace(/\\?\{([^}]+)\\?\}/gu, (_w, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
      return { template, pattern: new RegExp(`^${source}$`, 'u'), names, operations };
    });
    // Literal segments win over parameters (`/issues/comments/{id}` before `/issues/{number}/…`).
    this.routes.sort((a, b) => a.names.length - b.names.length);
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: false });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
    addFormats(this.ajv);
    this.ajv.addSchema(rewriteRefs({ components: this.spec.components } as unknown as Json) as object, 'gh');
  }

  private resolve<T>(value: T | { $ref: string }): T {
    if (value && typeof value === 'object' && '$ref' in value) {
      const parts = value.$ref.replace(/^#\//u, '').split('/');
      let node: unknown = this.spec;
      for (const part of parts)
        node = (node as Record<string, unknown>)[part.replace(/~1/gu, '/').replace(/~0/gu, '~')];
      return node as T;
    }
    return value as T;
  }

  private validator(key: string, schema: JsonObject): ValidateFunction {
    let fn = this.compiled.get(key);
    if (!fn) {
      fn = this.ajv.compile(rewriteRefs(schema) as object);
      this.compiled.set(key, fn);
    }
    return fn;
  }

  checkRequest(method: string, url: URL, body: unknown): RequestCheck & { operation?: Operation } {
    const path = url.pathname;
    const route = this.routes.find((candidate) => candidate.pattern.test(path));
    if (!route)
      return { operationId: null, template: null, problems: [`no such REST path: ${method} ${path}`] };
    const operation = route.operations[method.toLowerCase()];
    if (!operation) {
      return {
        operationId: null,
        template: route.template,
        problems: [`${method} is not allowed on ${route.template}`],
      };
    }
    const problems: string[] = [];
    const match = route.pattern.exec(path)!;
    const pathValues = Object.fromEntries(
      route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]),
    );
    const parameters = (operation.parameters ?? []).map((p) => this.resolve<Parameter>(p));
    for (const parameter of parameters) {
      if (parameter.in === 'path') {
        problems.push(...this.checkScalar(operation, parameter, pathValues[parameter.name]));
      }
      if (parameter.in === 'query') {
        const value = url.searchParams.get(parameter.name);
        if (value === null) {
          if (parameter.required) problems.push(`missing query parameter ${parameter.name}`);
          continue;
        }
        problems.push(...this.checkScalar(operation, parameter, value));
      }
    }
    const known = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of url.searchParams.keys()) {
      if (!known.has(name)) problems.push(`unknown query parameter ${name} for ${operation.operationId}`);
    }
    const requestSchema = operation.requestBody?.content['application/json']?.schema;
    if (requestSchema) {
      if (body === undefined) {
        if (operation.requestBody?.required) problems.push(`${operation.operationId} needs a JSON body`);
      } else {
        const validate = this.validator(`${operation.operationId}:request`, requestSchema);
        if (!validate(body))
          problems.push(`body of ${operation.operationId}: ${this.ajv.errorsText(validate.errors)}`);
      }
    } else if (body !== undefined && method !== 'GET' && method !== 'DELETE') {
      problems.push(`${operation.operationId} takes no body`);
    }
    return { operationId: operation.operationId, template: route.template, problems, operation };
  }

  private checkScalar(operation: Operation, parameter: Parameter, raw: string | undefined): string[] {
    if (raw === undefined)
      return parameter.required ? [`missing ${parameter.in} parameter ${parameter.name}`] : [];
    const schema = parameter.schema ?? {};
    const value =
      schema.type === 'integer' || schema.type === 'number'
        ? Number(raw)
        : schema.type === 'boolean'
          ? raw === 'true'
          : raw;
    if (
      (schema.type === 'integer' && !Number.isInteger(value)) ||
      (schema.type === 'boolean' && !['true', 'false'].includes(raw))
    ) {
      return [`${parameter.name}=${raw} is not a ${String(schema.type)}`];
    }
    const validate = this.validator(`${operation.operationId}:param:${parameter.name}`, schema);
    return validate(value)
      ? []
      : [`parameter ${parameter.name}=${raw}: ${this.ajv.errorsText(validate.errors)}`];
  }

  /** Problems with an answer the fake is about to give (a fake that lies would hide client bugs). */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const declared = operation.responses[String(status)];
    if (!declared) return [`${operation.operationId} never answers ${status}`];
    const response = this.resolve(declared) as { content?: Record<string, { schema: JsonObject }> };
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [];
    const validate = this.validator(`${operation.operationId}:response:${status}`, schema);
    return validate(body)
      ? []
      : [`answer ${status} of ${operation.operationId}: ${this.ajv.errorsText(validate.errors)}`];
  }
}

/** Points local refs at the components schema, and turns OpenAPI 3.0's `nullable` into JSON Schema. */
function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node && typeof node === 'object') {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'nullable' && typeof value === 'boolean') continue;
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? `gh${value}`
          : rewriteRefs(value);
    }
    if (node.nullable === true) {
      if (typeof out.type === 'string') {
        out.type = [out.type, 'null'];
        if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
      } else {
        return { anyOf: [out, { type: 'null' }] };
      }
    }
    return out;
  }
  return node;
}

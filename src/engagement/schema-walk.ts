// Looks inside the zod schema by field path: which keys a mapping accepts (for "did you mean"), and the
// description and example of a field (for "add `time_zone: Asia/Ho_Chi_Minh`").
import { z } from 'zod';
import type { FieldPath } from './yaml-positions';

type AnySchema = z.core.$ZodType;

/** The schemas a value at this level may be checked against, wrappers removed. */
function unwrap(schema: AnySchema): AnySchema[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return unwrap(schema.unwrap());
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault) return unwrap(schema.def.innerType);
  if (schema instanceof z.ZodPipe) {
    return schema.def.in instanceof z.ZodTransform ? unwrap(schema.def.out) : unwrap(schema.def.in);
  }
  if (schema instanceof z.ZodUnion) return schema.def.options.flatMap((option) => unwrap(option));
  return [schema];
}

function children(schema: AnySchema, segment: string | number): AnySchema[] {
  return unwrap(schema).flatMap((candidate): AnySchema[] => {
    if (candidate instanceof z.ZodObject && typeof segment === 'string') {
      const field = (candidate.shape as Record<string, AnySchema>)[segment];
      return field ? [field] : [];
    }
    if (candidate instanceof z.ZodArray && typeof segment === 'number') return [candidate.element];
    if (candidate instanceof z.ZodRecord) return [candidate.def.valueType];
    return [];
  });
}

/** Every schema that may describe the value at `path` (several when a union allows several shapes). */
export function schemasAt(root: AnySchema, path: FieldPath): AnySchema[] {
  let current: AnySchema[] = [root];
  for (const segment of path) current = current.flatMap((schema) => children(schema, segment));
  return current;
}

/** Keys a mapping at `path` accepts, in the order the schema lists them. */
export function knownKeysAt(root: AnySchema, path: FieldPath): string[] {
  const keys = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    for (const candidate of unwrap(schema)) {
      if (candidate instanceof z.ZodObject) Object.keys(candidate.shape).forEach((key) => keys.add(key));
    }
  }
  return [...keys];
}

/** The first example value the schema gives for the field at `path`. */
export function exampleAt(root: AnySchema, path: FieldPath): unknown {
  for (const schema of schemasAt(root, path)) {
    const meta = z.globalRegistry.get(schema);
    const examples = meta?.examples;
    if (Array.isArray(examples) && examples.length > 0) return examples[0];
  }
  return undefined;
}

/** Whether the field at `path` may be left out (it is optional or has a default). */
export function hasDefault(root: AnySchema, path: FieldPath): boolean {
  return schemasAt(root, path).some(
    (schema) =>
      schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodPrefault,
  );
}

// Server field errors ({field: "scopeRegionCode", message: "管辖范围：必填"}) shown under the matching form items.
import type { FormInstance } from 'antd';
import { ApiError } from './client.ts';

/**
 * The same error with each field renamed by `formItemOf` (a server name such as "amountFen" to the form item that
 * holds it, such as "amountYuan"), so that applyServerErrors puts it under that item. Anything else is returned as is.
 */
export function renameErrorFields(error: unknown, formItemOf: (field: string) => string): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  return new ApiError(
    error.status,
    {
      code: error.code,
      message: error.message,
      fields: error.fields.map((f) => ({ field: formItemOf(f.field), message: f.message })),
      requestId: error.requestId,
    },
    error.message,
  );
}

function namePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts each field error of `error` on the form item of that name (when the form has it) and returns what is left
 * to show above the form: the general message, and field errors that match no item.
 */
export function applyServerErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [error instanceof Error ? error.message : String(error)];
  const known = new Set(fieldNames);
  const matched = error.fields.filter((f) => known.has(f.field.split('.')[0] ?? ''));
  const unmatched = error.fields.filter((f) => !known.has(f.field.split('.')[0] ?? ''));
  const byField = new Map<string, string[]>();
  for (const f of matched) byField.set(f.field, [...(byField.get(f.field) ?? []), f.message]);
  form.setFields([...byField].map(([field, errors]) => ({ name: namePath(field), errors })));
  return [error.message, ...unmatched.map((f) => f.message)];
}

// After the server refused a form: bring the first field it named into view (the message is under it).
import type { FormInstance } from 'antd';
import type { ApiError } from '../../api/client.ts';

/** Scrolls to the first field error the form has an item for; false when there is none. */
export function scrollToFirstServerError(form: FormInstance, error: ApiError, fieldNames: readonly string[]): boolean {
  const first = error.fields.find((f) => fieldNames.includes(f.field.split('.')[0] ?? ''));
  if (!first) return false;
  let path: (string | number)[] = first.field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  // "fields.2" names an entry of a multiple select: the item is the select. (antd ids an unnamed form's items by
  // their path joined with "_".)
  while (path.length > 1 && !document.getElementById(path.join('_'))) path = path.slice(0, -1);
  form.scrollToField(path, { block: 'center', behavior: 'smooth' });
  return true;
}

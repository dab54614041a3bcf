// Sending a step's form (sign, land, complete): the fields are checked here first; on success the person is told and
// the form closes; the server's field errors land under their items and the rest shows above the form.
import { useState } from 'react';
import { App, type FormInstance } from 'antd';
import { applyServerErrors } from '../../api/forms.ts';

/** What a step's mutate call is given: its `mutate(vars, handlers)` accepts these as they are. */
export interface StepHandlers {
  onSuccess: () => void;
  onError: (err: unknown) => void;
}

export function useStepSubmit<Values>(form: FormInstance<Values>, fieldNames: readonly string[], doneText: string, onClose: () => void) {
  const { message } = App.useApp();
  const [problems, setProblems] = useState<string[]>([]);
  const submit = async (send: (values: Values, handlers: StepHandlers) => void) => {
    setProblems([]);
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    send(values, {
      onSuccess: () => {
        message.success(doneText);
        onClose();
      },
      onError: (err) => setProblems(applyServerErrors(form, err, fieldNames)),
    });
  };
  return { problems, submit };
}

// Uploading a file to a project (from the files card or from the landing and completion forms): the type and size are
// checked here first, the content by the server; a refusal says why, a success gives the new file's id.
import { App, Upload } from 'antd';
import { ApiError, errorText } from '../../api/client.ts';
import { MAX_PROJECT_FILE_BYTES, useUploadProjectFile, type ProjectFileKind } from '../../api/projects.ts';
import { useI18n } from '../../i18n/index.tsx';
import { fill, W } from './words.ts';

export const ACCEPT = '.png,.jpg,.jpeg,.webp,.pdf';
const TYPES = /\.(png|jpe?g|webp|pdf)$/i;

function uploadProblem(err: unknown): string {
  if (err instanceof ApiError && err.fields.length > 0) return err.fields.map((f) => f.message).join('；');
  return errorText(err);
}

export function useFileUpload(projectId: number) {
  const { l } = useI18n();
  const { message } = App.useApp();
  const upload = useUploadProjectFile(projectId);
  /** For an Upload's beforeUpload: sends the file itself and keeps antd from uploading it again. */
  const onFile = (file: File, kind: ProjectFileKind, onUploaded?: (fileId: number | null) => void) => {
    if (!TYPES.test(file.name)) message.error(l(W.fileTypes));
    else if (file.size > MAX_PROJECT_FILE_BYTES) message.error(l(W.fileTooBig));
    else {
      upload.mutate(
        { file, kind },
        {
          onSuccess: (saved) => {
            message.success(fill(l(W.uploaded), { name: file.name }));
            onUploaded?.(saved.fileId);
          },
          onError: (err) => void message.error(uploadProblem(err)),
        },
      );
    }
    return Upload.LIST_IGNORE;
  };
  return { onFile, uploading: upload.isPending };
}

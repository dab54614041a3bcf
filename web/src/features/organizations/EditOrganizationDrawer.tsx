// The organization's administrator edits its profile: the registration's sections without the account. Only what
// changed is sent; for an approved organization a new name, credit code or form goes to review.
import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Grid, Space } from 'antd';
import { ApiError } from '../../api/client.ts';
import { applyServerErrors } from '../../api/forms.ts';
import { useUpdateOrganization, type Organization } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { ProfileSections } from './ProfileSections.tsx';
import {
  changesKeyData, formValuesOf, PROFILE_FIELDS, profileChanges, profileOf, toProfileBody, type ProfileFormValues,
} from './profileForm.ts';
import { scrollToFirstServerError } from './scrollToError.ts';

/** Mounted only while open, so it starts from the organization as it is now. */
export function EditOrganizationDrawer({ org, onClose }: { org: Organization; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ProfileFormValues>();
  const update = useUpdateOrganization(org.id);
  const [problems, setProblems] = useState<string[]>([]);

  const onFinish = (values: ProfileFormValues) => {
    setProblems([]);
    const changes = profileChanges(profileOf(org), toProfileBody(values));
    if (Object.keys(changes).length === 0) {
      message.info(t('org.noChanges'));
      onClose();
      return;
    }
    update.mutate(changes, {
      onSuccess: () => {
        message.success(changesKeyData(org.status, changes) ? t('org.savedToReview') : t('org.saved'));
        onClose();
      },
      onError: (err) => {
        setProblems(applyServerErrors(form, err, PROFILE_FIELDS));
        if (err instanceof ApiError) scrollToFirstServerError(form, err, PROFILE_FIELDS);
      },
    });
  };

  return (
    <Drawer
      open
      title={t('org.editTitle')}
      size={screens.lg ? 860 : '100%'}
      onClose={onClose}
      mask={{ closable: false }}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button data-testid="org-edit-save" type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('org.save')}
          </Button>
        </Space>
      }
    >
      {org.status === 'approved' && (
        <Alert data-testid="org-key-data-warning" type="warning" showIcon title={t('org.keyDataWarning')} style={{ marginBottom: 16 }} />
      )}
      <FormProblems problems={problems} testId="org-form-error" />
      <Form<ProfileFormValues>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={formValuesOf(org)}
        onFinish={onFinish}
        scrollToFirstError={{ block: 'center' }}
      >
        <ProfileSections />
      </Form>
    </Drawer>
  );
}

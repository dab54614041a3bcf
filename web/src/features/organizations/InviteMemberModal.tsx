// Inviting a member: the member's name, then the one-time link to hand over (shown once, with a copy button).
import { useState } from 'react';
import { Button, Form, Input, Modal, Result, Space, Typography } from 'antd';
import { applyServerErrors } from '../../api/forms.ts';
import { useInviteMember, type MemberInvitation } from '../../api/organizations.ts';
import { useI18n } from '../../i18n/index.tsx';
import { FormProblems } from '../../shared/FormProblems.tsx';
import { OneTimeLink } from '../../shared/OneTimeLink.tsx';

const FIELDS = ['displayName'] as const;

/** Mounted only while open, so each invitation starts from an empty form. */
export function InviteMemberModal({ organizationId, onClose }: { organizationId: number; onClose: () => void }) {
  const { t, dateTime } = useI18n();
  const [form] = Form.useForm<{ displayName: string }>();
  const invite = useInviteMember(organizationId);
  const [problems, setProblems] = useState<string[]>([]);
  const [created, setCreated] = useState<MemberInvitation | null>(null);

  const onFinish = ({ displayName }: { displayName: string }) => {
    setProblems([]);
    invite.mutate(displayName.trim(), {
      onSuccess: setCreated,
      onError: (err) => setProblems(applyServerErrors(form, err, FIELDS)),
    });
  };

  return (
    <Modal
      open
      title={created ? t('orgMembers.created') : t('orgMembers.invite')}
      onCancel={onClose}
      mask={{ closable: false }}
      width={600}
      footer={
        created ? (
          <Button data-testid="member-invite-done" type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button data-testid="member-invite-create" type="primary" loading={invite.isPending} onClick={() => form.submit()}>
              {t('orgMembers.create')}
            </Button>
          </Space>
        )
      }
    >
      {created ? (
        <Result
          status="success"
          style={{ paddingBlock: 8 }}
          title={created.displayName}
          subTitle={t('orgMembers.expiresAt', { at: dateTime(created.expiresAt) })}
          extra={
            <OneTimeLink path={created.link} warning={t('orgMembers.linkOnce')} testId="member-invite" />
          }
        />
      ) : (
        <>
          <FormProblems problems={problems} testId="member-invite-error" />
          <Form form={form} layout="vertical" requiredMark onFinish={onFinish}>
            <Form.Item
              name="displayName"
              label={t('orgMembers.displayName')}
              rules={[{ required: true, whitespace: true, message: t('org.required') }]}
            >
              <Input data-testid="member-invite-name" maxLength={50} autoFocus />
            </Form.Item>
          </Form>
          <Typography.Text type="secondary">{t('orgMembers.linkOnce')}</Typography.Text>
        </>
      )}
    </Modal>
  );
}

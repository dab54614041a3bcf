// The buttons that change a need's state, as the server's `actions` allow them for this caller: edit (the liaison's
// form), publish, withdraw and take down (both with a reason), close. The server checks again on every step.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App, Button, Popconfirm, Space } from 'antd';
import { CloseCircleOutlined, EditOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { errorText } from '../../api/client.ts';
import { useNeedTransition, type NeedDetail } from '../../api/needs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { TextModal } from '../../shared/TextModal.tsx';

export function NeedStateActions({ need }: { need: NeedDetail }) {
  const { l, t } = useI18n();
  const { message } = App.useApp();
  const transition = useNeedTransition(need.id);
  const [asking, setAsking] = useState<'withdraw' | 'take-down' | null>(null);
  const { actions } = need;
  // Both steps ask for a reason the publisher or the claimants will read.
  const reasonField = {
    field: 'reason',
    label: l({ zh: '原因', en: 'Reason' }),
    requiredMessage: l({ zh: '请填写原因', en: 'Please give the reason' }),
    maxLength: 500,
  } as const;

  const simple = (action: 'publish' | 'close', done: string) =>
    transition.mutateAsync({ action }).then(
      () => void message.success(done),
      (err: unknown) => void message.error(errorText(err)),
    );

  return (
    <Space wrap>
      {actions.edit && (
        <Link to={`/needs/${need.id}/edit`} data-testid="need-edit">
          <Button icon={<EditOutlined />}>{l({ zh: '编辑', en: 'Edit' })}</Button>
        </Link>
      )}
      {actions.publish && (
        <Popconfirm
          title={l({ zh: '发布后社会组织和爱心人士即可查看并认领，确定发布？', en: 'Once published, organizations and caring individuals can see and claim it. Publish?' })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => simple('publish', l({ zh: '已发布', en: 'Published' }))}
        >
          <Button data-testid="need-publish" type="primary" icon={<SendOutlined />} loading={transition.isPending && transition.variables?.action === 'publish'}>
            {l({ zh: '发布', en: 'Publish' })}
          </Button>
        </Popconfirm>
      )}
      {actions.close && (
        <Popconfirm
          title={l({ zh: '关闭后此需求不再显示为进行中，确定关闭？', en: 'Close this need?' })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => simple('close', l({ zh: '已关闭', en: 'Closed' }))}
        >
          <Button data-testid="need-close" icon={<CloseCircleOutlined />} loading={transition.isPending && transition.variables?.action === 'close'}>
            {l({ zh: '关闭', en: 'Close' })}
          </Button>
        </Popconfirm>
      )}
      {actions.withdraw && (
        <Button data-testid="need-withdraw" icon={<RollbackOutlined />} onClick={() => setAsking('withdraw')}>
          {l({ zh: '撤回', en: 'Withdraw' })}
        </Button>
      )}
      {actions.takeDown && (
        <Button data-testid="need-take-down" danger icon={<StopOutlined />} onClick={() => setAsking('take-down')}>
          {l({ zh: '下架', en: 'Take down' })}
        </Button>
      )}
      {asking === 'withdraw' && (
        <TextModal
          {...reasonField}
          testId="need-withdraw"
          inputTestId="need-withdraw-reason"
          title={l({ zh: '撤回需求', en: 'Withdraw the need' })}
          help={l({ zh: '撤回后需求不再公开。已有待确认或已确认的认领时不能撤回，请先处理认领。', en: 'A withdrawn need is no longer public. Decide its pending and confirmed claims first.' })}
          submitText={l({ zh: '撤回', en: 'Withdraw' })}
          onSubmit={(reason) =>
            transition.mutateAsync({ action: 'withdraw', reason }).then(() => void message.success(l({ zh: '已撤回', en: 'Withdrawn' })))
          }
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'take-down' && (
        <TextModal
          {...reasonField}
          testId="need-take-down"
          inputTestId="need-take-down-reason"
          danger
          title={l({ zh: '下架需求', en: 'Take the need down' })}
          help={l({ zh: '下架原因会告知发布人；待确认的认领将被婉拒并通知认领方。', en: 'The publisher reads the reason; pending claims are declined and their claimants told.' })}
          submitText={l({ zh: '下架', en: 'Take down' })}
          onSubmit={(reason) =>
            transition.mutateAsync({ action: 'take-down', reason }).then(() => void message.success(l({ zh: '已下架', en: 'Taken down' })))
          }
          onClose={() => setAsking(null)}
        />
      )}
    </Space>
  );
}

// "本计划的重点帮扶县": fills a fair's regions with the national key support counties the chosen program designates
// (those inside the caller's scope), so that a rural tour of the four counties takes one click.
import { App, Button, Tooltip } from 'antd';
import { ThunderboltOutlined } from '@ant-design/icons';
import { useAllDesignations } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { addRegions, keySupportCounties } from './fairForm.ts';
import { fill, W } from './words.ts';

export interface KeyCountiesButtonProps {
  programId: number | null;
  scope: string | null;
  regions: string[];
  onPick: (regions: string[]) => void;
  disabled?: boolean;
}

export function KeyCountiesButton({ programId, scope, regions, onPick, disabled }: KeyCountiesButtonProps) {
  const { l, lang } = useI18n();
  const { message } = App.useApp();
  const designations = useAllDesignations(programId);

  const pick = () => {
    const { codes, outside } = keySupportCounties(designations.data ?? [], scope);
    if (codes.length === 0) {
      void message.warning(outside > 0 ? fill(l(W.quickPickOutside), { n: outside }) : l(W.quickPickNone));
      return;
    }
    onPick(addRegions(regions, codes));
    const added = fill(l(W.quickPickAdded), { n: codes.length });
    void message.success(outside > 0 ? `${added}${lang === 'zh' ? '；' : '; '}${fill(l(W.quickPickOutside), { n: outside })}` : added);
  };

  return (
    <Tooltip title={programId === null ? l(W.quickPickNeedsProgram) : l(W.quickPickHelp)}>
      <Button
        data-testid="fair-form-key-counties"
        icon={<ThunderboltOutlined />}
        disabled={disabled || programId === null || designations.isPending}
        loading={programId !== null && designations.isFetching}
        onClick={pick}
      >
        {l(W.quickPick)}
      </Button>
    </Tooltip>
  );
}

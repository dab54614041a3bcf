// The key areas of a program as a tree of places (city / county / township / village), each designated place
// tagged with its kind and every place with how many key areas lie in it.
import { useMemo, useState, type Key } from 'react';
import { Button, Empty, Space, Tree, Typography, type TreeDataNode } from 'antd';
import type { Designation } from '../../api/programs.ts';
import { useI18n } from '../../i18n/index.tsx';
import { DesignationKindTag } from '../programs/DesignationKindTag.tsx';
import { buildKeyAreaTree, keysToDepth, type KeyAreaNode } from './keyAreaTree.ts';

function allKeys(nodes: KeyAreaNode[]): string[] {
  return nodes.flatMap((n) => (n.children.length > 0 ? [n.key, ...allKeys(n.children)] : []));
}

export function KeyAreaTree({ designations, expandAll }: { designations: Designation[]; expandAll: boolean }) {
  const { t } = useI18n();
  const tree = useMemo(() => buildKeyAreaTree(designations), [designations]);
  const initial = useMemo(() => (expandAll ? allKeys(tree) : keysToDepth(tree, 0)), [tree, expandAll]);
  // Reset what is open whenever the tree itself changes (a filter typed above it).
  const [opened, setOpened] = useState<{ tree: KeyAreaNode[]; keys: Key[] }>({ tree, keys: initial });
  const expanded = opened.tree === tree ? opened.keys : initial;

  const treeData = useMemo(() => {
    const toData = (n: KeyAreaNode): TreeDataNode => ({
      key: n.key,
      title: (
        <span data-testid={n.designations.length > 0 ? `key-area-node-${n.designations[0]?.regionCode}` : undefined}>
          {n.name}
          {n.children.length > 0 && <Typography.Text type="secondary"> ({n.count})</Typography.Text>}
          {n.designations.length > 0 && <span style={{ marginInlineStart: 6 }}>{n.designations.map((d) => <DesignationKindTag key={d.id} kind={d.kind} />)}</span>}
        </span>
      ),
      children: n.children.map(toData),
    });
    return tree.map(toData);
  }, [tree]);

  if (tree.length === 0) return <Empty data-testid="key-area-tree" description={t('keyAreas.none')} />;
  return (
    <div data-testid="key-area-tree">
      <Space size={8} style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => setOpened({ tree, keys: allKeys(tree) })}>
          {t('keyAreas.expandAll')}
        </Button>
        <Button size="small" onClick={() => setOpened({ tree, keys: [] })}>
          {t('keyAreas.collapseAll')}
        </Button>
      </Space>
      <Tree
        blockNode
        selectable={false}
        showLine
        treeData={treeData}
        expandedKeys={expanded}
        onExpand={(keys) => setOpened({ tree, keys })}
      />
    </div>
  );
}

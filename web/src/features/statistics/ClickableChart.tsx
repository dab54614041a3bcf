// An ECharts chart whose bars, points, slices and tiles can be clicked (the shared Chart has no click): the same
// canvas rendering and container-following size, plus a click handler that always sees the latest props.
import { useEffect, useRef } from 'react';
import { BarChart, LineChart, PieChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from '../../shared/Chart.tsx';

echarts.use([BarChart, LineChart, PieChart, TreemapChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** What a click hit: the index of the data item in its series, its series, and the data item as given. */
export interface ChartClick {
  dataIndex: number;
  seriesIndex: number;
  data: unknown;
}

interface Props {
  option: ChartOption;
  height?: number;
  onClick?: (hit: ChartClick) => void;
  /** A category x axis: anywhere in a month's column counts as that month, not only its bar or point. */
  columnClick?: boolean;
  /** Said to screen readers: the chart itself is a picture; its figures are in the table beside it. */
  label: string;
  'data-testid'?: string;
}

export function ClickableChart({ option, height = 300, onClick, columnClick = false, label, 'data-testid': testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const handler = useRef(onClick);

  useEffect(() => {
    handler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    if (!ref.current) return undefined;
    const instance = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    if (columnClick) {
      instance.getZr().on('click', (event) => {
        const point = [event.offsetX, event.offsetY];
        if (!instance.containPixel({ gridIndex: 0 }, point)) return;
        // On a category axis the x "value" of a pixel is the index of the category under it.
        const value: unknown = instance.convertFromPixel({ gridIndex: 0 }, point);
        const x = Array.isArray(value) ? (value as unknown[])[0] : value;
        if (typeof x !== 'number' || !Number.isFinite(x)) return;
        const dataIndex = Math.round(x);
        if (dataIndex >= 0) handler.current?.({ dataIndex, seriesIndex: 0, data: undefined });
      });
    }
    instance.on('click', (params) => {
      // The column handler above already answered for the whole column.
      if (columnClick) return;
      const hit = params as { dataIndex?: unknown; seriesIndex?: unknown; data?: unknown };
      if (typeof hit.dataIndex === 'number' && hit.dataIndex >= 0) {
        handler.current?.({
          dataIndex: hit.dataIndex,
          seriesIndex: typeof hit.seriesIndex === 'number' ? hit.seriesIndex : 0,
          data: hit.data,
        });
      }
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [columnClick]);

  useEffect(() => {
    // The height may have changed with the option (more rows, more tiles): lay out at the new size first, since a
    // treemap keeps its old layout through a later resize.
    chart.current?.resize();
    chart.current?.setOption(option, { notMerge: true });
  }, [option, height]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={label}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      data-testid={testId}
    />
  );
}

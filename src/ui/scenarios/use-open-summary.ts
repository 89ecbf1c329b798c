/**
 * The open chart's entry in the chart library (its base, when it is a
 * scenario) and the list of charts, kept fresh as charts change here or in
 * another tab.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ChartSummary } from '../../editor/persistence/chart-library';
import type { ChartSession } from '../../editor/persistence/chart-library-session';

export interface OpenSummary {
  current: ChartSummary | null;
  charts: readonly ChartSummary[];
  refresh: () => Promise<void>;
}

export function useOpenSummary(session: ChartSession | null): OpenSummary {
  const [state, setState] = useState<{ current: ChartSummary | null; charts: ChartSummary[] }>({
    current: null,
    charts: [],
  });
  const refresh = useCallback(async () => {
    if (!session) return;
    try {
      const charts = await session.list();
      const id = session.currentId();
      setState({ charts, current: charts.find((chart) => chart.id === id) ?? null });
    } catch {
      // The list is read again on the next change.
    }
  }, [session]);
  useEffect(() => {
    if (!session) return;
    void refresh();
    return session.subscribe(() => void refresh());
  }, [session, refresh]);
  return { ...state, refresh };
}

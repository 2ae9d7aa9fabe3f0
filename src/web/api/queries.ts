/**
 * Reads and writes, one hook per API route the pages use. After any write every query is
 * invalidated: one change re-plans actions across pages (a follow-up done schedules the next one,
 * a status change cancels follow-ups), and a local server answers a refetch in milliseconds.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, query } from './client.js';
import type {
  ActionJson,
  ApplicationDetailJson,
  ApplicationJson,
  MessageJson,
  PipelineCardJson,
  PlanJson,
  SettingJson,
  Status,
} from './types.js';

export const refreshAll = (qc: QueryClient): Promise<void> => qc.invalidateQueries();

export const useToday = () =>
  useQuery({ queryKey: ['today'], queryFn: () => api.get<ActionJson[]>('/api/today') });

export const useUpcoming = (limit = 20) =>
  useQuery({
    queryKey: ['actions', 'pending', limit],
    queryFn: () => api.get<ActionJson[]>(`/api/actions${query({ status: 'pending', limit })}`),
  });

export interface AppFilter {
  q?: string;
  status?: Status | '';
  limit?: number;
}

export const useApplications = (f: AppFilter = {}) =>
  useQuery({
    queryKey: ['applications', f.q ?? '', f.status ?? '', f.limit ?? 50],
    queryFn: () =>
      api.get<ApplicationJson[]>(
        `/api/applications${query({ q: f.q, status: f.status, limit: f.limit })}`,
      ),
  });

/** The board: cards with their next action, last activity and stale marker. */
export const usePipeline = (limit = 500) =>
  useQuery({
    queryKey: ['pipeline', limit],
    queryFn: () => api.get<PipelineCardJson[]>(`/api/pipeline${query({ limit })}`),
  });

export const useApplication = (id: number) =>
  useQuery({
    queryKey: ['application', id],
    queryFn: () => api.get<ApplicationDetailJson>(`/api/applications/${String(id)}`),
  });

export const useMessage = (id: number) =>
  useQuery({
    queryKey: ['message', id],
    queryFn: () => api.get<MessageJson>(`/api/messages/${String(id)}`),
  });

/** Drafts and messages on their way (one cached list that every action on screen shares). */
export const useUnsentMessages = () =>
  useQuery({
    queryKey: ['messages', 'unsent'],
    queryFn: () => api.get<MessageJson[]>('/api/messages?status=unsent'),
  });

export const useSettings = () =>
  useQuery({ queryKey: ['settings'], queryFn: () => api.get<SettingJson[]>('/api/settings') });

/** A write that refreshes everything once it succeeded. */
export function useWrite<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => refreshAll(qc),
  });
}

export type ActionDecision =
  | { id: number; do: 'done' }
  | { id: number; do: 'skip'; reason?: string }
  | { id: number; do: 'snooze'; days: number };

/** `POST /api/actions/:id/<do>` with the decision's other fields (reason, days) as the body. */
export const useDecideAction = () =>
  useWrite(({ id, do: verb, ...body }: ActionDecision) =>
    api.post<ActionJson>(`/api/actions/${String(id)}/${verb}`, body),
  );

export const useDraft = () =>
  useWrite((actionId: number) => api.post<MessageJson>(`/api/actions/${String(actionId)}/draft`));

export const useChangeStatus = () =>
  useWrite((v: { id: number; status: Status }) =>
    api.post<{ application: ApplicationJson; plan: PlanJson }>(
      `/api/applications/${String(v.id)}/status`,
      { status: v.status },
    ),
  );

export const useLoadDemo = () =>
  useWrite(() => api.post<{ applications: number; interviews: number }>('/api/demo'));

/**
 * The server's clock, to tell overdue from due: the server may run on a fixed `AFTERVIEW_NOW`
 * (tests, demos), so the browser's own clock is only the fallback when the server gives none.
 */
export const useServerNow = (): string | undefined => {
  const q = useQuery({
    queryKey: ['health'],
    queryFn: () => api.get<{ ok: boolean; now?: string }>('/api/health'),
    staleTime: 60_000,
  });
  if (q.data === undefined) return undefined;
  return q.data.now ?? new Date().toISOString();
};

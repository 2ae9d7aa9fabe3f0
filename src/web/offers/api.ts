/** Reads and writes of salary research, the must-have list and offers (PRODUCT.md §9). */
import { useQuery } from '@tanstack/react-query';
import type {
  presentComparison,
  presentRequirement,
  presentSalary,
} from '../../services/offers/present.js';
import { api, query } from '../api/client.js';
import { useWrite } from '../api/queries.js';
import type { MessageJson } from '../api/types.js';

export type SalaryJson = ReturnType<typeof presentSalary>;
export type RequirementJson = ReturnType<typeof presentRequirement>;
export type ComparisonJson = ReturnType<typeof presentComparison>;
export type ComparedOfferJson = ComparisonJson['offers'][number];

export const useSalary = (appId: number) =>
  useQuery({
    queryKey: ['salary', appId],
    queryFn: () => api.get<SalaryJson>(`/api/applications/${String(appId)}/salary`),
  });

export const useMusts = () =>
  useQuery({ queryKey: ['musts'], queryFn: () => api.get<RequirementJson[]>('/api/musts') });

export const useCompare = (currency?: string) =>
  useQuery({
    queryKey: ['compare', currency ?? ''],
    queryFn: () => api.get<ComparisonJson>(`/api/offers/compare${query({ currency })}`),
  });

export const useAddPoint = (appId: number) =>
  useWrite((body: Record<string, unknown>) =>
    api.post<SalaryJson>(`/api/applications/${String(appId)}/salary`, body),
  );

export const useSetTarget = (appId: number) =>
  useWrite((body: Record<string, unknown>) =>
    api.put<SalaryJson>(`/api/applications/${String(appId)}/salary/target`, body),
  );

export const useAddMust = () =>
  useWrite((body: Record<string, unknown>) => api.post<RequirementJson>('/api/musts', body));

export const useRemoveMust = () =>
  useWrite((id: number) => api.del<RequirementJson>(`/api/musts/${String(id)}`));

export const useSetRate = () =>
  useWrite((body: { from: string; to: string; rate: number }) => api.put('/api/rates', body));

export const useNegotiate = () =>
  useWrite((v: { offerId: number; about: string }) =>
    api.post<MessageJson>(`/api/offers/${String(v.offerId)}/negotiate`, { about: v.about }),
  );

/** A number typed in a form, or the text itself so the server names the field it refuses. */
export const numberOrText = (s: string): number | string | undefined => {
  const t = s.trim().replace(/[_,\s]/gu, '');
  if (t === '') return undefined;
  return /^-?\d+(\.\d+)?$/u.test(t) ? Number(t) : s;
};

export const money = (n: number | null | undefined, currency: string | null | undefined): string =>
  n === null || n === undefined
    ? '–'
    : `${Math.round(n).toLocaleString('en-US')}${currency == null ? '' : ` ${currency}`}`;

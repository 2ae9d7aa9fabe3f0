/** Reads and writes of contacts, the LinkedIn import, an application's network, health, insights. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  healthJson,
  importSummaryJson,
  insightsJson,
  networkJson,
} from '../../services/network/present-network.js';
import type { contactDetailJson, contactJson } from '../../services/network/present.js';
import type { trendsJson } from '../../services/present/debrief-json.js';
import { api, query } from '../api/client.js';
import { useWrite } from '../api/queries.js';

export type ContactJson = z.infer<typeof contactJson>;
export type ContactDetailJson = z.infer<typeof contactDetailJson>;
export type ImportSummaryJson = z.infer<typeof importSummaryJson>;
export type NetworkJson = z.infer<typeof networkJson>;
export type HealthJson = z.infer<typeof healthJson>;
export type FunnelJson = z.infer<typeof insightsJson>['funnel'];
export type TrendsJson = z.output<typeof trendsJson>;
export interface InsightsJson {
  funnel: FunnelJson;
  trends: TrendsJson;
}

export interface InsightsFilter {
  source?: string;
  from?: string;
  to?: string;
}

/** The relationships a contact can have, as the API spells them. */
export const RELATIONSHIP_LABEL = {
  connection: 'Connection',
  interviewer: 'Interviewer',
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  referral: 'Referral',
  other: 'Other',
} as const satisfies Record<ContactJson['relationship'], string>;

export const useContacts = (q: string, limit = 200) =>
  useQuery({
    queryKey: ['contacts', q, limit],
    queryFn: () =>
      api.get<{ total: number; contacts: ContactJson[] }>(`/api/contacts${query({ q, limit })}`),
    placeholderData: (prev) => prev,
  });

export const useContact = (id: number) =>
  useQuery({
    queryKey: ['contact', id],
    queryFn: () => api.get<ContactDetailJson>(`/api/contacts/${String(id)}`),
  });

export const useAddContact = () =>
  useWrite((body: Record<string, string>) => api.post<ContactDetailJson>('/api/contacts', body));

export const useEditContact = (id: number) =>
  useWrite((body: Record<string, string>) =>
    api.patch<ContactDetailJson>(`/api/contacts/${String(id)}`, body),
  );

export const useMergeContacts = (keep: number) =>
  useWrite((drop: number) =>
    api.post<ContactDetailJson>(`/api/contacts/${String(keep)}/merge`, { drop }),
  );

export const useImportLinkedin = () =>
  useWrite((file: string) => api.post<ImportSummaryJson>('/api/contacts/import', { file }));

export const useNetwork = (appId: number) =>
  useQuery({
    queryKey: ['network', appId],
    queryFn: () => api.get<NetworkJson>(`/api/applications/${String(appId)}/network`),
  });

export const useDecideMatch = (appId: number) =>
  useWrite((body: { employer: string; decision: 'confirmed' | 'rejected' }) =>
    api.post<NetworkJson>(`/api/applications/${String(appId)}/network/decide`, body),
  );

export const useHealth = () =>
  useQuery({
    queryKey: ['pipeline-health'],
    // The panel shows five stale applications and the count of the rest.
    queryFn: () => api.get<HealthJson>('/api/health/pipeline?limit=5'),
  });

export const useInsights = (f: InsightsFilter) =>
  useQuery({
    queryKey: ['insights', f.source ?? '', f.from ?? '', f.to ?? ''],
    queryFn: () => api.get<InsightsJson>(`/api/insights${query({ ...f })}`),
    placeholderData: (prev) => prev,
  });

/** A file's bytes as base64, as the import route takes them (no data: prefix). */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  // Chunks: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

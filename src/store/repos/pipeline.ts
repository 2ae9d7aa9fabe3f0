import { sql, type Kysely } from 'kysely';
import type { PipelineRow } from '../../domain/network/health.js';
import type { Status } from '../../domain/status.js';
import type { DB } from '../schema.js';

interface Raw {
  id: number;
  company_id: number;
  company: string;
  role: string;
  status: string;
  source: string | null;
  applied_on: string | null;
  created_at: string;
  updated_at: string;
  last_event: string | null;
  first_response: string | null;
  interviewed: number;
}

/** The whole search as health and insights read it: one row per application, one query. */
export class PipelineRepo {
  constructor(private readonly db: Kysely<DB>) {}

  async rows(): Promise<PipelineRow[]> {
    // One pass: each application's events grouped (a response is anything the employer did: a
    // reply, an interview, a decision), read from the covering index of migration 0009. One
    // company per application: max() names it in a way PostgreSQL's GROUP BY accepts.
    // `interviewed` is an integer on both (PostgreSQL's EXISTS is a boolean).
    const r = await sql<Raw>`
      SELECT a.id, a.company_id, max(c.name) AS company, a.role, a.status, a.source, a.applied_on,
        a.created_at, a.updated_at,
        max(e.at) AS last_event,
        min(CASE WHEN e.kind IN ('reply', 'interview_logged', 'interview_scheduled')
            OR (e.kind = 'status'
              AND e.to_status IN ('interviewing', 'offer', 'accepted', 'declined', 'rejected'))
          THEN e.at END) AS first_response,
        CASE WHEN EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id
          AND i.state != 'cancelled') THEN 1 ELSE 0 END AS interviewed
      FROM applications a
      JOIN companies c ON c.id = a.company_id
      LEFT JOIN events e ON e.application_id = a.id
      GROUP BY a.id
      ORDER BY a.id`.execute(this.db);
    return r.rows.map((x) => ({
      id: x.id,
      companyId: x.company_id,
      company: x.company,
      role: x.role,
      status: x.status as Status,
      source: x.source,
      appliedOn: x.applied_on,
      createdAt: x.created_at,
      lastActivity:
        x.last_event !== null && x.last_event > x.updated_at ? x.last_event : x.updated_at,
      firstResponse: x.first_response,
      interviewed: x.interviewed === 1,
    }));
  }
}

// @ts-check
/**
 * What bench/seed.mjs builds with: a seeded PRNG, the value pools, and one positional insert per
 * table (the columns in the order the seeder passes them; the others take their defaults).
 */

/** mulberry32: a small, fast, deterministic PRNG giving numbers in [0, 1). */
export function rng(/** @type {number} */ seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** Status mix of a long search: most applications applied, interviewing or rejected. */
export const STATUS_MIX = /** @type {const} */ ([
  ['saved', 0.05],
  ['applied', 0.3],
  ['interviewing', 0.22],
  ['offer', 0.03],
  ['accepted', 0.01],
  ['declined', 0.01],
  ['rejected', 0.25],
  ['withdrawn', 0.05],
  ['ghosted', 0.08],
]);
/** The status a uniform draw `u` in [0, 1) lands on in STATUS_MIX. */
export function pickStatus(/** @type {number} */ u) {
  let x = u;
  for (const [status, p] of STATUS_MIX) if ((x -= p) < 0) return status;
  return 'applied';
}

/** Interviews per application by status: [min, max] (≈1.5 on average over the mix). */
export const ROUNDS = /** @type {Record<string, [number, number]>} */ ({
  saved: [0, 0],
  applied: [0, 0],
  interviewing: [1, 4],
  offer: [3, 4],
  accepted: [3, 4],
  declined: [3, 4],
  rejected: [1, 4],
  withdrawn: [0, 2],
  ghosted: [1, 2],
});
export const OPEN = new Set(['saved', 'applied', 'interviewing', 'offer']);
export const KINDS = ['phone', 'video', 'onsite', 'technical', 'panel', 'final'];
export const ROLES = ['Backend Engineer', 'Data Engineer', 'SRE', 'Engineering Manager'];
export const TOPICS = ['system design', 'on-call', 'team structure', 'testing', 'roadmap'];
export const DOCS = ['references', 'portfolio link', 'writing sample', 'transcript'];
export const GAPS = ['Kafka', 'Terraform', 'GraphQL', 'Rust', 'distributed tracing'];
export const SEEDS = ['000', '001', '002', '003', '004'];
/** Per company: two interviewers, a hiring manager (the three who interview), then the rest. */
export const STAFF = [
  ['interviewer', 'Engineer'],
  ['interviewer', 'Senior Engineer'],
  ['hiring_manager', 'Engineering Manager'],
  ['recruiter', 'Recruiter'],
  ['connection', 'Friend'],
];

/** Columns each insert takes, in order (see src/store/sqlite/migrations/0001_foundation.sql). */
const COLUMNS = {
  settings: 'key value',
  companies: 'id name normalized_name website created_at',
  contacts: 'id name email title company_id relationship last_contacted_at created_at',
  applications:
    'id company_id role url source location salary_min salary_max salary_currency status applied_on created_at updated_at',
  events: 'application_id kind from_status to_status note at',
  interviews:
    'id application_id round kind state start_at duration_min location late next_steps decision_by follow_up_on outcome created_at updated_at',
  interview_interviewers: 'interview_id contact_id position',
  interview_items: 'interview_id kind position text',
  actions:
    'key kind title due_at latest_at status why seeds application_id interview_id contact_id channel origin reason completed_at created_at updated_at',
};

/**
 * One prepared positional insert per table.
 * @param {import('better-sqlite3').Database} db
 * @returns {Record<keyof typeof COLUMNS, (...values: unknown[]) => void>}
 */
export function inserts(db) {
  const entries = Object.entries(COLUMNS).map(([table, cols]) => {
    const names = cols.split(' ');
    const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    const statement = db.prepare(sql);
    return [table, (/** @type {unknown[]} */ ...values) => void statement.run(...values)];
  });
  return /** @type {any} */ (Object.fromEntries(entries));
}

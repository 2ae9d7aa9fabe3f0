import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAfterviewError } from '../../domain/errors.js';
import { listActions } from '../actions/action-query.js';
import { addApplication } from '../applications/applications.js';
import { recordFromText } from '../interviews/from-text.js';
import { recordInterview } from '../interviews/interviews.js';
import { addSalaryPoint, getSalary, importSalary, setSalaryTarget } from '../salary/salary.js';
import { fixture, type Fixture } from '../test/interview-fixture.js';
import { acceptOffer, declineOffer, draftNegotiation } from './decide.js';
import { addRequirement } from './musts.js';
import { addOffer, counterOffer, editOffer, setRate } from './offers.js';
import { compare } from './view.js';

let f: Fixture;
beforeEach(async () => {
  f = await fixture();
});
afterEach(async () => {
  await f.cleanup();
});

/** An application with a held interview with one interviewer. */
async function interviewed(company: string, interviewer: string): Promise<number> {
  const app = await addApplication(f.ctx, {
    company,
    role: 'Backend Engineer',
    location: 'Toronto',
  });
  await recordInterview(
    f.ctx,
    recordFromText(
      'America/Toronto',
      app.id,
      { at: '2026-03-02T10:00', interviewers: [interviewer], topics: ['billing'] },
      'log',
    ),
  );
  return app.id;
}

const fieldOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
  } catch (e) {
    if (isAfterviewError(e)) return e.field;
    throw e;
  }
  return 'no error';
};

describe('salary research', () => {
  it('completes the salary_research action, and reports percentiles of the target', async () => {
    const app = await interviewed('Northwind', 'Priya Raman <priya@northwind.example>');
    const before = await listActions(f.ctx, { application_id: app });
    expect(before.some((a) => a.kind === 'salary_research' && a.status === 'pending')).toBe(true);
    const r = await addSalaryPoint(f.ctx, {
      application_id: app,
      low: 90_000,
      median: 105_000,
      high: 120_000,
      currency: 'cad',
      source: 'Glassdoor',
    });
    expect(r.completed).toHaveLength(1);
    const after = await listActions(f.ctx, { application_id: app, status: 'all' });
    expect(after.find((a) => a.kind === 'salary_research')?.status).toBe('done');
    await importSalary(f.ctx, {
      application_id: app,
      csv: 'source,low,median,high,period\nJob Bank,45,52,60,hourly\n',
    });
    const t = await setSalaryTarget(f.ctx, {
      application_id: app,
      target: 110_000,
      walk_away: 100_000,
      note: 'two offers pending',
    });
    expect(t.summary?.median).toBe(106_580);
    expect(t.summary?.target?.percentile).toBe(63);
    expect((await getSalary(f.ctx, app)).research?.points).toHaveLength(2);
  });

  it('refuses bad input and saves nothing', async () => {
    const app = await interviewed('Northwind', 'Priya Raman');
    expect(
      await fieldOf(
        addSalaryPoint(f.ctx, {
          application_id: app,
          low: -1,
          median: 2,
          high: 3,
          currency: 'CAD',
        }),
      ),
    ).toBe('low');
    expect(
      await fieldOf(
        addSalaryPoint(f.ctx, { application_id: app, low: 1, median: 2, high: 3, currency: 'CAX' }),
      ),
    ).toBe('currency');
    expect(
      await fieldOf(
        addSalaryPoint(f.ctx, { application_id: app, low: 5, median: 2, high: 3, currency: 'CAD' }),
      ),
    ).toBe('median');
    expect(
      await fieldOf(
        importSalary(f.ctx, {
          application_id: app,
          csv: 'low,median,high,currency\n1,2,3,CAD\nx,2,3,CAD\n',
        }),
      ),
    ).toBe('file');
    expect(
      await fieldOf(
        setSalaryTarget(f.ctx, {
          application_id: app,
          target: 90,
          walk_away: 100,
          currency: 'CAD',
        }),
      ),
    ).toBe('walk_away');
    expect((await getSalary(f.ctx, app)).research?.points ?? []).toHaveLength(0);
  });
});

describe('offers', () => {
  async function twoOffers() {
    const a = await interviewed('Initech', 'Bill Lumbergh <bill@initech.example>');
    const b = await interviewed('Globex', 'Hank Scorpio <hank@globex.example>');
    const c = await interviewed('Umbrella', 'Alice Abernathy <alice@umbrella.example>');
    await addSalaryPoint(f.ctx, {
      application_id: a,
      low: 95_000,
      median: 110_000,
      high: 125_000,
      currency: 'CAD',
      source: 'Levels',
    });
    await setSalaryTarget(f.ctx, { application_id: a, target: 120_000, walk_away: 105_000 });
    await addRequirement(f.ctx, {
      criterion: 'base_salary',
      importance: 'must',
      threshold: '110000',
      currency: 'CAD',
    });
    await addRequirement(f.ctx, {
      criterion: 'vacation_days',
      importance: 'nice',
      threshold: '25',
    });
    await addRequirement(f.ctx, { criterion: 'remote_days', importance: 'must', threshold: '2' });
    const oa = await addOffer(f.ctx, {
      application_id: a,
      base: 108_000,
      currency: 'CAD',
      vacation_days: 20,
      remote_days: 3,
      deadline: '2026-03-20',
    });
    const ob = await addOffer(f.ctx, {
      application_id: b,
      base: 80_000,
      currency: 'EUR',
      bonus_pct: 10,
      vacation_days: 30,
      remote_days: 2,
    });
    return { a, b, c, oa, ob };
  }

  it('compares offers in two currencies through the typed rate, and says which meets the must-haves', async () => {
    const { oa, ob } = await twoOffers();
    const without = await compare(f.ctx);
    expect(without.comparison.cannotCompare).toEqual([
      'cannot compare EUR with CAD: no exchange rate given (add the rate for 1 EUR in CAD)',
    ]);
    await setRate(f.ctx, { from: 'EUR', to: 'CAD', rate: 1.5 });
    const c = await compare(f.ctx);
    expect(c.comparison.currency).toBe('CAD');
    expect(c.comparison.best).toBe(ob.id);
    expect(c.comparison.verdict).toContain(
      `Offer #${String(oa.id)} (Initech · Backend Engineer) fails base salary 108,000 CAD is below your minimum 110,000 CAD`,
    );
    expect(c.views.find((v) => v.offer.id === ob.id)?.total.formula).toBe(
      'base 80,000 EUR + bonus 10% = 8,000 EUR = 88,000 EUR a year',
    );
  });

  it('drafts a counter-proposal to the person who made the offer, citing research and target; the check passes', async () => {
    const { oa } = await twoOffers();
    const d = await draftNegotiation(f.ctx, oa.id, 'salary');
    const m = d.message;
    expect(m.recipientName).toBe('Bill Lumbergh');
    expect(m.body).toMatch(/^Dear Bill,/u);
    expect(m.body).toContain('108,000 CAD');
    expect(m.body).toContain('110,000 CAD');
    expect(m.body).toContain('120,000 CAD');
    expect(m.body).not.toMatch(/\[|\{\{|Dear .* team/u);
    expect(m.findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(m.findings.filter((x) => x.rule === 'addressed' || x.rule === 'placeholder')).toEqual(
      [],
    );
    const v = await draftNegotiation(f.ctx, oa.id, 'vacation');
    expect(v.message.body).toContain('20 days');
    expect(v.message.body).toContain('25 days');
  });

  it('keeps the counter-offer history, and a revised offer becomes the terms', async () => {
    const { oa } = await twoOffers();
    await counterOffer(f.ctx, { offer_id: oa.id, base: 118_000, note: 'cited the research' });
    const revised = await counterOffer(f.ctx, { offer_id: oa.id, by: 'employer', base: 114_000 });
    expect(revised.terms.base).toBe(114_000);
    const c = await compare(f.ctx);
    const view = c.views.find((x) => x.offer.id === oa.id);
    expect(view?.rounds.map((r) => [r.proposedBy, r.terms.base])).toEqual([
      ['employer', 108_000],
      ['me', 118_000],
      ['employer', 114_000],
    ]);
    expect(view?.evaluation.meetsMusts).toBe('yes');
  });

  it('refuses bad offers and saves nothing', async () => {
    const a = await interviewed('Initech', 'Bill');
    const base = { application_id: a, base: 100, currency: 'CAD' };
    expect(await fieldOf(addOffer(f.ctx, { ...base, base: -5 }))).toBe('base');
    expect(await fieldOf(addOffer(f.ctx, { ...base, vacation_days: 400 }))).toBe('vacation_days');
    expect(await fieldOf(addOffer(f.ctx, { ...base, currency: 'ABC' }))).toBe('currency');
    expect(await fieldOf(addOffer(f.ctx, { ...base, deadline: '2026-03-01' }))).toBe('deadline');
    expect(await fieldOf(addOffer(f.ctx, { ...base, equity: 1000 }))).toBe('vesting_years');
    expect(
      await fieldOf(
        addRequirement(f.ctx, { criterion: 'start_date', importance: 'must', threshold: '5' }),
      ),
    ).toBe('threshold');
    expect(
      await fieldOf(
        addRequirement(f.ctx, { criterion: 'base_salary', importance: 'must', threshold: '5' }),
      ),
    ).toBe('currency');
    expect((await compare(f.ctx, { all: true })).views).toHaveLength(0);
  });

  it('accepting drafts the acceptance and a withdrawal for every other open application', async () => {
    const { a, b, c, ob } = await twoOffers();
    await editOffer(f.ctx, { offer_id: ob.id, contact: 'Hank Scorpio <hank@globex.example>' });
    const d = await acceptOffer(f.ctx, ob.id);
    expect(d.application.status).toBe('accepted');
    expect(d.draft?.message.kind).toBe('accept');
    expect(d.draft?.message.body).toMatch(/^Dear Hank,/u);
    expect(d.withdrawals.map((w) => w.message.applicationId).sort()).toEqual([a, c].sort());
    expect(
      d.withdrawals.every(
        (w) =>
          w.message.kind === 'withdraw' && w.message.findings.every((x) => x.severity !== 'error'),
      ),
    ).toBe(true);
    expect(d.withdrawals.find((w) => w.message.applicationId === c)?.message.body).toMatch(
      /^Dear Alice,/u,
    );
    expect(b).toBe(d.application.id);
  });

  it('declining drafts the decline and keeps the contact warm', async () => {
    const { a, oa } = await twoOffers();
    const d = await declineOffer(f.ctx, oa.id);
    expect(d.draft?.message.kind).toBe('decline');
    const actions = await listActions(f.ctx, { application_id: a });
    expect(actions.map((x) => x.kind)).toContain('keep_warm');
  });
});

import type { Kysely } from 'kysely';
import { isPostgres, limitPageCache, serialiseWriters } from './dialect.js';
import type { DB } from './schema.js';
import { ActionRepo } from './repos/actions.js';
import { ApplicationRepo } from './repos/applications.js';
import { CalendarRepo } from './repos/calendar.js';
import { CompanyRepo } from './repos/companies.js';
import { ContactRepo } from './repos/contacts.js';
import { DataRepo } from './repos/data.js';
import { DebriefRepo } from './repos/debriefs.js';
import { EventRepo } from './repos/events.js';
import { InterviewRepo } from './repos/interviews.js';
import { MessageRepo } from './repos/messages.js';
import { NetworkRepo } from './repos/network.js';
import { PipelineRepo } from './repos/pipeline.js';
import { OfferRepo } from './repos/offers.js';
import { OutboxKeyRepo } from './repos/outbox-keys.js';
import { QuestionRepo } from './repos/questions.js';
import { SalaryRepo } from './repos/salary.js';
import { SettingsRepo } from './repos/settings.js';
import { SkillRepo } from './repos/skills.js';
import { TemplateRepo } from './repos/templates.js';

/**
 * The repositories over one connection or transaction. Services receive a Store and open
 * transactions through it; nothing above this layer writes SQL, so the Kysely handle is private
 * (a query a service needs becomes a repository method).
 */
export class Store {
  readonly actions: ActionRepo;
  readonly applications: ApplicationRepo;
  readonly companies: CompanyRepo;
  readonly contacts: ContactRepo;
  readonly events: EventRepo;
  readonly interviews: InterviewRepo;
  readonly settings: SettingsRepo;
  readonly messages: MessageRepo;
  readonly templates: TemplateRepo;
  readonly debriefs: DebriefRepo;
  readonly questions: QuestionRepo;
  readonly calendar: CalendarRepo;
  readonly outboxKeys: OutboxKeyRepo;
  readonly salary: SalaryRepo;
  readonly offers: OfferRepo;
  readonly network: NetworkRepo;
  readonly pipeline: PipelineRepo;
  readonly skills: SkillRepo;
  /** Whole tables, for export and import. */
  readonly data: DataRepo;
  /** Which database this is, for `GET /api/health` and the refusals of SQLite-only commands. */
  readonly dialect: 'sqlite' | 'postgresql';

  constructor(
    private readonly db: Kysely<DB>,
    private readonly onClose: () => Promise<void> = () => Promise.resolve(),
    /**
     * A token that changes whenever the data may have changed (any writer, any process), for
     * read caches; `null` where there is none, e.g. inside a transaction.
     */
    readonly changeGeneration: () => string | null = () => null,
    /** Called after each transaction commits: the generation moves past the commit. */
    private readonly afterCommit: () => void = () => {},
  ) {
    this.actions = new ActionRepo(db);
    this.applications = new ApplicationRepo(db);
    this.companies = new CompanyRepo(db);
    this.contacts = new ContactRepo(db);
    this.events = new EventRepo(db);
    this.interviews = new InterviewRepo(db);
    this.settings = new SettingsRepo(db);
    this.messages = new MessageRepo(db);
    this.templates = new TemplateRepo(db);
    this.debriefs = new DebriefRepo(db);
    this.questions = new QuestionRepo(db);
    this.calendar = new CalendarRepo(db);
    this.outboxKeys = new OutboxKeyRepo(db);
    this.salary = new SalaryRepo(db);
    this.offers = new OfferRepo(db);
    this.network = new NetworkRepo(db);
    this.pipeline = new PipelineRepo(db);
    this.skills = new SkillRepo(db);
    this.data = new DataRepo(db);
    this.dialect = isPostgres(db) ? 'postgresql' : 'sqlite';
  }

  /**
   * Runs `fn` in one transaction: all of its writes land, or none do. Transactions of one
   * database run one at a time on both databases (see `serialiseWriters`).
   */
  async transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction) return fn(this);
    const out = await this.db.transaction().execute(async (trx) => {
      await serialiseWriters(trx);
      return fn(new Store(trx));
    });
    // A read that ran during the transaction was cached at a generation the writes had already
    // moved; moving it again after the commit keeps that read from being served.
    this.afterCommit();
    return out;
  }

  /**
   * A transaction whose writes are compare-and-sets on the rows it names and reads nothing else
   * to decide them (the outbox's claim of a message, and its outcome when no action hangs on it):
   * it needs no other writer to wait, so on PostgreSQL it skips the writer lock that
   * `transaction` takes, and deliveries by several instances commit side by side. On SQLite it
   * is `transaction` (one writer at a time is the file's own rule).
   */
  async rowTransaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    if (this.db.isTransaction || this.dialect === 'sqlite') return this.transaction(fn);
    return this.db.transaction().execute((trx) => fn(new Store(trx)));
  }

  /** For a process that runs all day (`serve`): a small SQLite page cache (see limitPageCache). */
  async limitPageCache(): Promise<void> {
    await limitPageCache(this.db);
  }

  async close(): Promise<void> {
    await this.onClose();
  }
}

import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectPostgres } from '../postgres/connect.js';
import { migratePostgres } from '../postgres/migrate.js';
import { databaseUrl, testServer } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL on the test server. */
    pgAdminUrl: string;
    /** The migrated database each test's database is copied from. */
    pgTemplate: string;
  }
}

/**
 * Global setup of the PostgreSQL test project: finds or starts a server, migrates one template
 * database for this run, and at the end drops it and whatever test databases are left.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await testServer(process.env);
  const run = `${String(process.pid)}_${Date.now().toString(36)}`;
  const template = `afterview_template_${run}`;
  const admin = new pg.Client({ connectionString: server.url });
  try {
    await admin.connect();
    await admin.query(`create database ${template}`);
    const { db } = await connectPostgres(databaseUrl(server.url, template), 1);
    try {
      await migratePostgres(db);
    } finally {
      await db.destroy();
    }
    await admin.query(`alter database ${template} is_template true`);
  } catch (e) {
    // No teardown runs after a failed setup: a private cluster would outlive the run.
    await admin.end().catch(() => {});
    server.stop();
    throw e;
  }
  project.provide('pgAdminUrl', server.url);
  project.provide('pgTemplate', template);
  return async () => {
    try {
      const left = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1`,
        [`afterview_test_${run}_%`],
      );
      for (const { datname } of left.rows) {
        await admin.query(`drop database if exists ${datname} with (force)`);
      }
      await admin.query(`alter database ${template} is_template false`);
      await admin.query(`drop database if exists ${template} with (force)`);
      await admin.end();
    } finally {
      server.stop();
    }
  };
}

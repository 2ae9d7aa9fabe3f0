import type { Generated } from 'kysely';

/** 0007_truth_skills.sql: the standing list of skills to build. */
export interface SkillTables {
  skills: {
    id: Generated<number>;
    skill: string;
    application_id: number | null;
    interview_id: number | null;
    action_key: string | null;
    status: string;
    added_at: string;
    addressed_at: string | null;
    addressed_note: string | null;
  };
}

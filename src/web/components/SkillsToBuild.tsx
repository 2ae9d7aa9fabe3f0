import { useQuery } from '@tanstack/react-query';
import { GraduationCap } from 'lucide-react';
import { api } from '../api/client.js';
import { useWrite } from '../api/queries.js';
import type { SkillJson } from '../api/types.js';
import { ErrorNote } from './Status.js';

/**
 * The standing list of skills to build (seeds 000, 004: address the gaps; every interview
 * improves your skills): gaps kept from applications that closed, until marked addressed.
 */
export function SkillsToBuild() {
  const skills = useQuery({
    queryKey: ['skills'],
    queryFn: () => api.get<{ skills: SkillJson[] }>('/api/skills'),
  });
  const addressed = useWrite((id: number) =>
    api.post<SkillJson>(`/api/skills/${String(id)}/addressed`, {}),
  );
  const open = skills.data?.skills.filter((s) => s.status === 'open') ?? [];
  if (open.length === 0) return null;
  return (
    <section className="card skills" aria-labelledby="skills-title">
      <h2 id="skills-title">
        <GraduationCap aria-hidden size={20} /> Skills to build
      </h2>
      <ul className="skill-list">
        {open.map((s) => (
          <li key={s.id}>
            <span>
              {s.skill}
              {s.company !== null && <span className="muted"> · from {s.company}</span>}
            </span>
            <button
              type="button"
              className="button button-quiet"
              disabled={addressed.isPending}
              onClick={() => {
                addressed.mutate(s.id);
              }}
            >
              Mark addressed
              <span className="visually-hidden">: {s.skill}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote error={addressed.error} />
    </section>
  );
}

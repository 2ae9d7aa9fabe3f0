import { Link, useSearchParams } from 'react-router';
import { usePipeline } from '../api/queries.js';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { Welcome } from '../components/Welcome.js';
import { Board } from '../pipeline/Board.js';
import { ListView } from '../pipeline/ListView.js';

export default function PipelinePage() {
  const [params] = useSearchParams();
  const view = params.get('view') === 'list' ? 'list' : 'board';
  useTitle(view === 'list' ? 'Applications' : 'Pipeline');
  const apps = usePipeline(500);
  return (
    <>
      <div className="page-head">
        <h1>Pipeline</h1>
        <nav aria-label="Pipeline views" className="tabs">
          <Link to="?view=board" aria-current={view === 'board' ? 'page' : undefined}>
            Board
          </Link>
          <Link to="?view=list" aria-current={view === 'list' ? 'page' : undefined}>
            List
          </Link>
        </nav>
      </div>
      {apps.isPending ? (
        <Loading />
      ) : apps.isError ? (
        <ErrorNote error={apps.error} />
      ) : apps.data.length === 0 ? (
        <Welcome />
      ) : view === 'board' ? (
        <Board apps={apps.data} />
      ) : (
        <ListView />
      )}
    </>
  );
}

import { Link } from 'react-router';
import { useTitle } from '../components/Status.js';

export default function NotFoundPage() {
  useTitle('Not found');
  return (
    <>
      <h1>Nothing here</h1>
      <p>
        This page does not exist. <Link to="/">Back to today</Link>.
      </p>
    </>
  );
}

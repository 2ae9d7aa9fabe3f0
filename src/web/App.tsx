import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.js';
import { Loading } from './components/Status.js';

// Every page is its own chunk: the first load carries React, the router, the query cache and the
// shell only (the ≤ 200 kB gzip budget of issue 6); the board's drag-and-drop code loads with it.
const TodayPage = lazy(() => import('./pages/TodayPage.js'));
const PipelinePage = lazy(() => import('./pages/PipelinePage.js'));
const NewApplicationPage = lazy(() => import('./pages/NewApplicationPage.js'));
const ApplicationPage = lazy(() => import('./pages/ApplicationPage.js'));
const LogInterviewPage = lazy(() => import('./pages/LogInterviewPage.js'));
const ComposePage = lazy(() => import('./pages/ComposePage.js'));
const SettingsPage = lazy(() => import('./pages/SettingsPage.js'));
const DebriefPage = lazy(() => import('./pages/DebriefPage.js'));
const BriefPage = lazy(() => import('./pages/BriefPage.js'));
const ReviewPage = lazy(() => import('./pages/ReviewPage.js'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage.js'));
const ComparePage = lazy(() => import('./pages/ComparePage.js'));
const MustsPage = lazy(() => import('./pages/MustsPage.js'));
const ContactsPage = lazy(() => import('./network/ContactsPage.js'));
const NewContactPage = lazy(() =>
  import('./network/ContactsPage.js').then((m) => ({ default: m.NewContactPage })),
);
const ContactPage = lazy(() => import('./network/ContactPage.js'));
// The Sankey's layout code (d3-sankey) loads with this page only.
const InsightsPage = lazy(() => import('./network/InsightsPage.js'));

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<TodayPage />} />
          <Route path="/pipeline" element={<PipelinePage />} />
          <Route path="/applications/new" element={<NewApplicationPage />} />
          <Route path="/applications/:id" element={<ApplicationPage />} />
          <Route path="/applications/:id/interviews/new" element={<LogInterviewPage />} />
          <Route path="/interviews/:id/debrief" element={<DebriefPage />} />
          <Route path="/interviews/:id/brief" element={<BriefPage />} />
          <Route path="/review" element={<ReviewPage />} />
          <Route path="/messages/:id" element={<ComposePage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/settings/:section" element={<SettingsPage />} />
          <Route path="/offers" element={<ComparePage />} />
          <Route path="/musts" element={<MustsPage />} />
          <Route path="/contacts" element={<ContactsPage />} />
          <Route path="/contacts/new" element={<NewContactPage />} />
          <Route path="/contacts/:id" element={<ContactPage />} />
          <Route path="/insights" element={<InsightsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

/** The page `npm start` opens until the web app lands (its own issue). */
export const placeholderPage = (): string => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Afterview</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<main>
<h1>Afterview</h1>
<p>Afterview turns each job interview into a well-timed plan: debrief, thank-you notes,
follow-ups, documents you owe, people to reach, and the rest of your search.</p>
<p>The web app is on its way. Until then, use the command line:</p>
<pre>afterview demo
afterview today</pre>
<p>The data behind this page: <a href="/api/today">today's actions</a>,
<a href="/api/applications">applications</a>.</p>
</main>
</body>
</html>`;

// A publisher's page on another origin, for embed and widget tests.

/** A minimal, accessible host page with `head` extras and `body` content. */
export function hostPage(head, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>A publisher's page</title>${head}</head>
<body><main><h1>A publisher's article</h1><p>Some text before the embed.</p>${body}</main></body></html>`;
}

// Sends the CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", (e) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) e.detail.headers[header.content] = token.content;
});

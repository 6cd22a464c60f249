// A running upload's job page reloads itself every two seconds (a file, not inline: the pages' CSP allows no inline script).
setTimeout(function () { location.reload(); }, 2000);

// Sortable tables (progressive enhancement; a file, not inline: the pages' CSP allows no inline script).
// Every <table class="sortable"> gets a button in each header cell: the first click sorts its rows ascending by that
// column, the next descending. A cell's data-sort, when present, is its value; cells that read as numbers ("< 0.001" as 0.001, "—" and blanks last) sort as numbers.
(function () {
  function key(cell) {
    var text = cell.textContent.trim();
    // a cell may carry its exact value (data-sort), e.g. a VAF shown as "5.2 %" or a figure shown rounded
    if (cell.dataset.sort !== undefined && cell.dataset.sort !== '') {
      return { text: text, number: parseFloat(cell.dataset.sort) };
    }
    var number = parseFloat(text.replace(/^<\s*/, '').replace(/,/g, ''));
    return { text: text, number: /^<?\s*-?[\d.,]+/.test(text) ? number : NaN };
  }

  function compare(a, b) {
    var bothNumbers = !isNaN(a.number) && !isNaN(b.number);
    if (bothNumbers) return a.number - b.number;
    if (a.text === '' || a.text === '—') return b.text === '' || b.text === '—' ? 0 : 1;
    if (b.text === '' || b.text === '—') return -1;
    return a.text.localeCompare(b.text, undefined, { numeric: true });
  }

  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (r1, r2) {
      var order = compare(key(r1.cells[column]), key(r2.cells[column]));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  document.querySelectorAll('table.sortable').forEach(function (table) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.title = 'Sort by ' + th.textContent.trim();
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, column, th); });
    });
  });
})();

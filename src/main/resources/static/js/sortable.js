// Sorts a table.sortable by the column whose heading is clicked (again: the other way). A cell's data-sort, when
// present, is its numeric value; other cells sort as text. A file, not inline: the pages' CSP allows no inline script.
document.querySelectorAll('table.sortable').forEach(function (table) {
  var headings = table.querySelectorAll('thead th');
  headings.forEach(function (heading, column) {
    heading.tabIndex = 0;
    function sort() {
      var ascending = heading.getAttribute('aria-sort') !== 'ascending';
      headings.forEach(function (h) { h.removeAttribute('aria-sort'); });
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column], y = b.cells[column];
        var nx = x.dataset.sort, ny = y.dataset.sort;
        var order = nx !== undefined && ny !== undefined
          ? parseFloat(nx) - parseFloat(ny)
          : x.textContent.trim().localeCompare(y.textContent.trim(), undefined, { numeric: true });
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    heading.addEventListener('click', sort);
    heading.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
  });
});

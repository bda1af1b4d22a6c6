// Draws each chart of a page (survey results, impact figures) from the table of numbers beside it (the table stays for
// screen readers and for anyone without script). One bar per row, lying down unless the canvas asks for columns
// (data-type="column", as monthly trends do); one colour per column of numbers (a survey's rounds, two periods).
(function () {
    'use strict';
    var colours = ['#1d4e89', '#b5651d', '#2e7d32', '#6a1b9a', '#00838f', '#8c1d17'];

    function cells(element, selector) {
        return Array.prototype.slice.call(element.querySelectorAll(selector));
    }

    function draw(canvas) {
        var table = document.getElementById(canvas.getAttribute('data-table'));
        if (!table || typeof Chart === 'undefined') {
            return;
        }
        var rounds = cells(table, 'thead th').slice(1).map(function (th) { return th.textContent.trim(); });
        var rows = cells(table, 'tbody tr');
        var labels = rows.map(function (row) { return row.querySelector('th').textContent.trim(); });
        var datasets = rounds.map(function (round, index) {
            return {
                label: round,
                data: rows.map(function (row) { return Number(cells(row, 'td')[index].textContent); }),
                backgroundColor: colours[index % colours.length]
            };
        });
        new Chart(canvas, {
            type: 'bar',
            data: { labels: labels, datasets: datasets },
            options: {
                indexAxis: canvas.getAttribute('data-type') === 'column' ? 'x' : 'y',
                animation: false,
                aspectRatio: rows.length > 5 ? 1.1 : 1.8,
                plugins: { legend: { display: rounds.length > 1 } },
                scales: canvas.getAttribute('data-type') === 'column' ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : { x: { beginAtZero: true, ticks: { precision: 0 } } }
            }
        });
    }

    cells(document, 'canvas.survey-chart, canvas.impact-chart').forEach(draw);
})();

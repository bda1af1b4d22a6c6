// The asset map: one marker for each entry of the list on the page (the list is the same information, for everyone).
// The tile server and the entries come from data- attributes; nothing runs inline.
document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('directory-map');
    if (!element || !window.L) {
        return;
    }
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 19, attribution: element.dataset.attribution || '' }).addTo(map);
    var points = [];
    document.querySelectorAll('.directory-entry[data-lat][data-lon]').forEach(function (item) {
        var point = [parseFloat(item.dataset.lat), parseFloat(item.dataset.lon)];
        if (isNaN(point[0]) || isNaN(point[1])) {
            return;
        }
        var link = document.createElement('a');
        link.href = item.dataset.href;
        link.textContent = item.dataset.name;
        // Markers are for pointing and tapping; keyboard and screen-reader users have the same entries, with the
        // same links, in the list beside the map (markers near each other would also be focus targets too small).
        L.marker(point, { title: item.dataset.name, alt: item.dataset.name, keyboard: false }).addTo(map).bindPopup(link);
        points.push(point);
    });
    if (points.length > 0) {
        map.fitBounds(points, { maxZoom: 15, padding: [24, 24] });
    } else if (element.dataset.lat && element.dataset.lon) {
        map.setView([parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)], 12);
    } else {
        map.setView([0, 0], 1);
    }
});

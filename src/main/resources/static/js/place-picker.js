// The volunteer's place picked on a map: a tap or click puts the marker there, fills the latitude and longitude
// fields (which anyone can also type in) and chooses "a point on the map". Nothing runs inline; the tile server and
// the community's centre come from data- attributes.
document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('place-map');
    if (!element || !window.L) {
        return;
    }
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    var choice = document.getElementById('neighbourhood-map');
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.dataset.tileUrl, { maxZoom: 18, attribution: element.dataset.attribution || '' }).addTo(map);
    var marker = null;

    function typed() {
        var point = [parseFloat(latitude.value.replace(',', '.')), parseFloat(longitude.value.replace(',', '.'))];
        return isNaN(point[0]) || isNaN(point[1]) ? null : point;
    }

    function place(point) {
        if (marker) {
            marker.setLatLng(point);
        } else {
            marker = L.marker(point, { keyboard: false }).addTo(map);
        }
    }

    var start = typed();
    if (start) {
        place(start);
        map.setView(start, 14);
    } else if (element.dataset.lat && element.dataset.lon) {
        map.setView([parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)], 12);
    } else {
        map.setView([0, 0], 1);
    }

    map.on('click', function (event) {
        var point = event.latlng.wrap();
        latitude.value = point.lat.toFixed(3);
        longitude.value = point.lng.toFixed(3);
        if (choice) {
            choice.checked = true;
        }
        place([point.lat, point.lng]);
    });

    [latitude, longitude].forEach(function (field) {
        field.addEventListener('change', function () {
            var point = typed();
            if (point) {
                place(point);
                map.panTo(point);
                if (choice) {
                    choice.checked = true;
                }
            }
        });
    });
});

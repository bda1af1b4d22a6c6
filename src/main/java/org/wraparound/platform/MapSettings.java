package org.wraparound.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the asset map's tiles come from ({@code wraparound.maps.tile-url}, such as
 * {@code https://tile.example.org/{z}/{x}/{y}.png}) and the credit the tile server asks for. Empty by default: then
 * no map is drawn, only the list. The content security policy allows images from that host.
 */
@ConfigurationProperties("wraparound.maps")
public record MapSettings(String tileUrl, String attribution) {

	public MapSettings {
		tileUrl = tileUrl == null ? "" : tileUrl.strip();
		attribution = attribution == null ? "" : attribution.strip();
	}

	public boolean enabled() {
		return tileUrl.startsWith("https://") || tileUrl.startsWith("http://");
	}
}

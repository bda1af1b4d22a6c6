package org.wraparound.helping;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.wraparound.platform.BaseUrl;
import org.wraparound.platform.Messages;

/**
 * Writes commitments as an iCalendar file: one event per request, its times in the community's time zone with
 * that zone's VTIMEZONE (from ical4j's bundled definitions), so daylight-saving changes come out right.
 */
final class IcsWriter {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private IcsWriter() {
	}

	static String write(List<Commitment> commitments, Messages messages, BaseUrl baseUrl, Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Wraparound//Helping//" + messages.locale().getLanguage().toUpperCase()));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		Set<ZoneId> zones = new LinkedHashSet<>();
		for (Commitment commitment : commitments) {
			TimeZone zone = ZONES.getTimeZone(commitment.zone().getId());
			if (zone != null && zones.add(commitment.zone())) {
				calendar.add(zone.getVTimeZone());
			}
		}
		commitments.forEach(commitment -> calendar.add(event(commitment, zones, messages, baseUrl, now)));
		return calendar.toString();
	}

	private static VEvent event(Commitment commitment, Set<ZoneId> zones, Messages messages, BaseUrl baseUrl,
			Instant now) {
		HelpRequestView request = commitment.request();
		String summary = messages.get("helping.request.title", messages.get("helping.kind." + request.kind().name()),
				request.personName());
		VEvent event = new VEvent(at(request.startsAt(), commitment.zone(), zones),
				at(request.endsAt(), commitment.zone(), zones), summary);
		event.replace(new DtStamp(now));
		event.add(new Uid(request.id() + "@wraparound"));
		if (request.notes() != null && !request.notes().isBlank()) {
			event.add(new Description(request.notes()));
		}
		// The view carries the address only for those who committed (and coordinators); anyone else gets none.
		if (request.yours() || request.canCoordinate()) {
			request.address().ifPresent(address -> event.add(new Location(address)));
		}
		event.add(new Url(URI.create(baseUrl.link("/helping/requests/" + request.id()))));
		event.add(request.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	/** Local time with a TZID when ical4j knows the zone, else plain UTC. */
	private static Temporal at(Instant instant, ZoneId zone, Set<ZoneId> known) {
		return known.contains(zone) ? instant.atZone(zone) : instant;
	}
}

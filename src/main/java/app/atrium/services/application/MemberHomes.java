package app.atrium.services.application;

import app.atrium.plans.Membership;
import app.atrium.plans.Memberships;
import app.atrium.tenancy.Location;
import app.atrium.tenancy.Locations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where a member is at home at an instant: the time zone of her running membership's location (else
 * of her latest membership's, else of the coworking's first location), which decides the month her
 * usage belongs to, and the plans she is on that day.
 */
@Component
class MemberHomes {

  private final Memberships memberships;
  private final Locations locations;

  MemberHomes(Memberships memberships, Locations locations) {
    this.memberships = memberships;
    this.locations = locations;
  }

  /** Her home's zone and the plans of the memberships running on that local day. */
  record Home(ZoneId zone, Set<UUID> planIds) {}

  Home at(UUID memberId, Instant at) {
    List<Location> all = locations.list();
    Map<UUID, ZoneId> zones = new HashMap<>();
    for (Location l : all) zones.put(l.id(), ZoneId.of(l.timeZone()));
    ZoneId fallback = all.isEmpty() ? ZoneOffset.UTC : ZoneId.of(all.getFirst().timeZone());
    List<Membership> mine = memberships.list(memberId, null); // newest first
    ZoneId zone = null;
    Set<UUID> plans = new HashSet<>();
    for (Membership m : mine) {
      ZoneId z = zones.getOrDefault(m.locationId(), fallback);
      if (m.runsOn(LocalDate.ofInstant(at, z))) {
        if (zone == null) zone = z;
        plans.add(m.planId());
      }
    }
    if (zone == null) {
      zone = mine.isEmpty() ? fallback : zones.getOrDefault(mine.getFirst().locationId(), fallback);
    }
    return new Home(zone, plans);
  }
}

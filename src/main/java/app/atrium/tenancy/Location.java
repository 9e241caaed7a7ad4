package app.atrium.tenancy;

import java.util.List;
import java.util.UUID;

/** A site of the coworking: its address, time zone and opening hours. */
public record Location(
    UUID id, String name, String address, String timeZone, List<OpeningHours> openingHours) {}

package app.atrium.plans.persistence;

import app.atrium.plans.MembershipStatus;
import app.atrium.plans.MembershipTerm;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A {@code membership} row as stored: its plans by date are in {@link SegmentRow}s. */
public record MembershipRow(
    UUID id,
    UUID memberId,
    UUID locationId,
    LocalDate startsOn,
    LocalDate endsOn,
    MembershipStatus status,
    Instant createdAt,
    MembershipTerm term,
    LocalDate termStartsOn,
    boolean prepaid,
    boolean autopay,
    Instant cancelledAt,
    UUID workspaceResourceId,
    UUID workspaceUnitId,
    LocalDate workspaceFrom,
    LocalDate workspaceUntil) {}

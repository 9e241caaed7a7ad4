package app.atrium.members;

import java.time.Instant;
import java.util.UUID;

/** A company whose people work at the coworking; it may pay for them. */
public record Company(
    UUID id,
    String name,
    String legalName,
    String taxId,
    String email,
    String phone,
    String address,
    String notes,
    long activeMembers,
    Instant createdAt) {}

package app.atrium.services;

import java.time.Instant;
import java.util.UUID;

/** A card (credential) a member holds, as devices read it: unique in a coworking. */
public record MemberCard(String cardId, UUID memberId, Instant createdAt) {}

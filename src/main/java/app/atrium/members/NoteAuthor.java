package app.atrium.members;

import java.util.UUID;

/** Who wrote a note: a login (null for the system or an import) and the name shown. */
public record NoteAuthor(UUID accountId, String name) {}

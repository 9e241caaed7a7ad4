package app.atrium.comms;

/** What the history shows of an attachment: its place in the message, name, type and size. */
public record AttachmentInfo(int position, String filename, String contentType, int size) {}

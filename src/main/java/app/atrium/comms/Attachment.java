package app.atrium.comms;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Arrays;
import java.util.Objects;

/** A file sent with a message, e.g. an invoice PDF: its name, MIME type and bytes. */
public record Attachment(String filename, String contentType, @JsonIgnore byte[] content) {

  public Attachment {
    Objects.requireNonNull(content, "content");
  }

  public int size() {
    return content.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attachment a
        && a.filename.equals(filename)
        && a.contentType.equals(contentType)
        && Arrays.equals(a.content, content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filename, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "Attachment[" + filename + ", " + contentType + ", " + content.length + " bytes]";
  }
}

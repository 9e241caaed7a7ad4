package app.atrium.booking.live;

import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * A Server-Sent Event already written out as text, sent as one write. Spring's builder would build
 * and convert the same event's parts again for every stream; this is built once per change.
 */
record SseFrame(String text) implements SseEventBuilder {

  @Override
  public Set<DataWithMediaType> build() {
    return Set.of(new DataWithMediaType(text, MediaType.TEXT_PLAIN));
  }

  @Override
  public SseEventBuilder id(String id) {
    throw new UnsupportedOperationException("an SseFrame is complete");
  }

  @Override
  public SseEventBuilder name(String eventName) {
    throw new UnsupportedOperationException("an SseFrame is complete");
  }

  @Override
  public SseEventBuilder reconnectTime(long reconnectTimeMillis) {
    throw new UnsupportedOperationException("an SseFrame is complete");
  }

  @Override
  public SseEventBuilder comment(String comment) {
    throw new UnsupportedOperationException("an SseFrame is complete");
  }

  @Override
  public SseEventBuilder data(Object object) {
    throw new UnsupportedOperationException("an SseFrame is complete");
  }

  @Override
  public SseEventBuilder data(Object object, MediaType mediaType) {
    throw new UnsupportedOperationException("an SseFrame is complete");
  }
}

package app.atrium.comms;

/** How a message reaches the member. */
public enum Channel {
  EMAIL
}

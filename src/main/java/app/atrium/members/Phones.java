package app.atrium.members;

/** What a phone number may look like when typed at the front desk: "+7 (701) 234-56-78". */
final class Phones {

  static final String PATTERN = "^[0-9+() .\\-]*$";
  static final String MESSAGE = "{members.validation.phone}";

  private Phones() {}
}

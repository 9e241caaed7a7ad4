/**
 * Spaces: the catalogue of resource types, the resources of each location, and the units a booking
 * occupies (a room is one unit, an open space of 20 desks is 20, an event zone occupies the units
 * of its parts).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spaces")
package app.atrium.spaces;

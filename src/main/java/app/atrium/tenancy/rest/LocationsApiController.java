package app.atrium.tenancy.rest;

import app.atrium.tenancy.Location;
import app.atrium.tenancy.LocationDraft;
import app.atrium.tenancy.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Locations of the coworking. */
@RestController
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations")
class LocationsApiController {

  private final Locations locations;

  LocationsApiController(Locations locations) {
    this.locations = locations;
  }

  @Operation(summary = "List locations")
  @GetMapping
  List<Location> list() {
    return locations.list();
  }

  @Operation(summary = "One location")
  @GetMapping("/{id}")
  Location get(@PathVariable UUID id) {
    return locations.get(id);
  }

  @Operation(summary = "Create a location")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Location create(@Valid @RequestBody LocationDraft draft) {
    return locations.create(draft);
  }

  @Operation(summary = "Change a location (name, address, time zone, opening hours)")
  @PutMapping("/{id}")
  Location update(@PathVariable UUID id, @Valid @RequestBody LocationDraft draft) {
    return locations.update(id, draft);
  }
}

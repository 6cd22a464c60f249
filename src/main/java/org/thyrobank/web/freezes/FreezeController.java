package org.thyrobank.web.freezes;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.thyrobank.analysis.freeze.FreezeExistsException;
import org.thyrobank.analysis.freeze.Freezes;
import org.thyrobank.analysis.persistence.FreezeMapper.FreezeSummary;
import org.thyrobank.web.NotFoundException;

/** Data freezes over the API (docs/provenance.md): as {@code freeze list} and {@code freeze create}. */
@RestController
@RequestMapping("/api/v1/freezes")
class FreezeController {

    private final Freezes freezes;

    FreezeController(Freezes freezes) {
        this.freezes = freezes;
    }

    @Operation(summary = "Every data freeze, oldest first (any signed-in user)")
    @GetMapping
    List<FreezeSummary> list() {
        return freezes.list();
    }

    @Operation(summary = "One data freeze (any signed-in user); 404 naming it when there is none")
    @GetMapping("/{name}")
    FreezeSummary freeze(@PathVariable String name) {
        return freezes.find(name).orElseThrow(() -> new NotFoundException("no freeze named '" + name + "'"));
    }

    /** What {@code POST /api/v1/freezes} takes: {@code {"name": ..., "note": ...}}. */
    record NewFreeze(String name, String note) {}

    @Operation(
            summary = "Freeze the data as they are now (ADMIN)",
            description = "As freeze create NAME --note TEXT, audited as FREEZE_CREATED: 201 with the freeze; 409 when"
                    + " the name is taken (freezes are immutable); 400 for a name that is not 1-64 letters, digits,"
                    + " '.', '_' or '-' starting with a letter or digit, or when there is no clinical data to freeze.")
    @PostMapping
    ResponseEntity<FreezeSummary> create(@RequestBody NewFreeze freeze, Authentication user) {
        FreezeSummary created;
        try {
            created = freezes.create(freeze.name(), freeze.note(), user.getName());
        } catch (FreezeExistsException e) {
            throw e; // 409, by ApiErrors
        } catch (IllegalArgumentException e) {
            // a bad name, or nothing to freeze
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
        }
        // a name is letters, digits, '.', '_' and '-': a path segment as it is
        return ResponseEntity.created(URI.create("/api/v1/freezes/" + created.name()))
                .body(created);
    }
}

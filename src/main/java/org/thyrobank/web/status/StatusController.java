package org.thyrobank.web.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thyrobank.platform.status.Status;
import org.thyrobank.platform.status.StatusQueries;

@RestController
@RequestMapping("/api/v1")
class StatusController {

    private final StatusQueries statusQueries;

    StatusController(StatusQueries statusQueries) {
        this.statusQueries = statusQueries;
    }

    /** The same JSON as {@code thyrobank status --format json}. */
    @GetMapping("/status")
    Status status() {
        return statusQueries.status();
    }
}

package org.thyrobank.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the home page is {@code web.home.HomePage}). */
@Controller
class Pages {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}

package org.parley.workbench.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The workbench behind the security checks, as served: forms carry the session's CSRF token, and the public changes nothing. */
class SecuredWorkbenchTest {
    private static final Pattern FIELD = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]{43})\"");
    private static final Pattern META = Pattern.compile("<meta name=\"csrf-token\" content=\"([A-Za-z0-9_-]{43})\"");

    @Test
    void forms_carryTheCsrfTokenOfTheVisitorInTheFieldAndTheMetaTag() {
        try (DemoSite site = DemoSite.secured()) {
            String html = new Http(site).page("/negotiations/ukraine-2025/positions/new");

            Matcher field = FIELD.matcher(html);
            Matcher meta = META.matcher(html);
            assertThat(field.find()).as("a _csrf field with a token").isTrue();
            assertThat(meta.find()).as("a csrf-token meta tag").isTrue();
            assertThat(field.group(1)).isEqualTo(meta.group(1));
        }
    }

    @Test
    void pages_readAsThePublic_andItsSubmissionsAreRefused() {
        try (DemoSite site = DemoSite.secured()) {
            Http http = new Http(site);

            assertThat(http.page("/negotiations/ukraine-2025/compare?from=A&to=E")).contains("20 points:");
            assertThat(http.post("/negotiations/ukraine-2025/positions", Map.of("draft", "E")).statusCode()).isEqualTo(403);
        }
    }
}

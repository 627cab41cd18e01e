package org.parley.negotiation;

import java.net.URI;
import java.time.LocalDate;

/**
 * One link in a chain of reporting: an outlet and how the fact reached it ("told", "according to",
 * "reported by"), with where and when it was published.
 */
public record Source(String outlet, String relation, String url, LocalDate publishedOn) {
    public Source {
        outlet = Text.required("outlet", outlet, 200);
        relation = Text.optional("relation", relation, 100);
        url = Text.optional("url", url, 2000);
        if (!url.isEmpty()) {
            URI parsed = URI.create(url);
            if (!"https".equalsIgnoreCase(parsed.getScheme()) && !"http".equalsIgnoreCase(parsed.getScheme())) {
                throw new IllegalArgumentException("source url must be http or https: " + url);
            }
        }
    }

    public Source(String outlet, String relation) {
        this(outlet, relation, "", null);
    }
}

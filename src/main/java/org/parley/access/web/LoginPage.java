package org.parley.access.web;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

/** The sign-in page: one form, no script or inline style, every value escaped. */
final class LoginPage {
    private LoginPage() {}

    static String render(String csrf, String message, String next) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="csrf-token" content="%s">
                <title>Sign in · Parley</title>
                </head>
                <body>
                <main>
                <h1>Sign in to Parley</h1>
                %s
                <form method="post" action="/login">
                <input type="hidden" name="_csrf" value="%s">
                <input type="hidden" name="next" value="%s">
                <p><label>Name <input name="username" autocomplete="username" required></label></p>
                <p><label>Password <input name="password" type="password" autocomplete="current-password" required></label></p>
                <p><button type="submit">Sign in</button></p>
                </form>
                </main>
                </body>
                </html>
                """.formatted(escape(csrf), message.isEmpty() ? "" : "<p role=\"alert\">" + escape(message) + "</p>", escape(csrf),
                escape(next));
    }

    /** Escapes for HTML text and quoted attributes alike, with jte's escaper. */
    static String escape(String text) {
        StringOutput out = new StringOutput();
        Escape.htmlAttribute(text == null ? "" : text, out);
        return out.toString();
    }
}

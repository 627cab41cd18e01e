package org.parley.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders the jte templates of {@code src/main/jte}, compiled to classes at build time. */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** The HTML of template {@code name} (such as {@code pages/draft.jte}) with the given parameters. */
    public String render(String name, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(name, params, output);
        return output.toString();
    }
}

package org.parley.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every XML input (Akoma Ntoso, US legislation in USLM, SPDX licences in XML and in the list's HTML, and any file the text parser takes) refuses entities, DTDs and inclusions, quickly and without reading files. */
class HostileXmlTest {
    private static final String SECRET = "the contents of a private file";
    private static final Map<String, BiFunction<String, byte[], DraftParseResult>> READERS =
            Map.of("uslm", UslmReader::read, "spdx", SpdxLicenceReader::read, "akoma ntoso", AkomaNtosoReader::read,
                    "any xml draft", XmlDrafts::read, "the text parser", (name, xml) -> new DraftTextParser().parse(name, xml),
                    "spdx list html", (name, xml) -> SpdxLicenceReader.readHtml(name, "Hostile",
                            new String(xml, StandardCharsets.UTF_8).replace("<?xml version=\"1.0\"?>", "")));

    @TempDir
    Path dir;

    private List<String> attacks() throws java.io.IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY % all \"<!ENTITY leak SYSTEM 'file://" + secret + "'>\"> %all;");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        laughs.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><text xmlns=\"http://www.spdx.org/license\"><item><bullet>1</bullet>&lol9;</item></text>");
        return List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                        + "<text xmlns=\"http://www.spdx.org/license\"><item><bullet>1</bullet>&xxe;</item></text>",
                laughs.toString(),
                "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"" + dtd.toUri() + "\"><x>&leak;</x>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % remote SYSTEM \"" + dtd.toUri() + "\"> %remote;]><x>&leak;</x>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY remote SYSTEM \"http://127.0.0.1:9/evil\">]><x>&remote;</x>",
                "<x xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></x>");
    }

    @Test
    void theSpdxListsHtml_leavesAnInclusionInsideAnItemUnread() throws java.io.IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String html = "<ul><li><var>1.</var> Terms <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
                + secret.toUri() + "\" parse=\"text\"/></li></ul>";

        DraftParseResult result = SpdxLicenceReader.readHtml("hostile", "Hostile", html);

        assertThat(result).isInstanceOfSatisfying(ParsedDraft.class, licence -> assertThat(licence.points()).singleElement()
                .satisfies(point -> assertThat(point.text()).isEqualTo("Terms")));
    }

    @Test
    void everyXmlReader_refusesEntitiesAndDtdsQuicklyWithoutReadingFiles() throws java.io.IOException {
        for (var reader : READERS.entrySet()) {
            for (String attack : attacks()) {
                long started = System.nanoTime();

                DraftParseResult result = reader.getValue().apply("hostile.xml", attack.getBytes(StandardCharsets.UTF_8));

                assertThat(Duration.ofNanos(System.nanoTime() - started)).as(reader.getKey()).isLessThan(Duration.ofSeconds(2));
                assertThat(result).as(reader.getKey() + ": " + attack).isInstanceOf(Malformed.class);
                assertThat(result.toString()).doesNotContain(SECRET).doesNotContain("lollollol");
            }
        }
    }
}

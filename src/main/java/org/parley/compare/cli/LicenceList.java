package org.parley.compare.cli;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The licence texts of the SPDX License List, one JSON file per licence ({@code EPL-2.0.json},
 * with its {@code name} and {@code licenseTextHtml}), read from a folder of such files or from the
 * jar of SPDX's Java library on Maven Central, which carries the list under
 * {@code resources/stdlicenses/}. The build fetches that jar as a test dependency, so after
 * {@code mvn verify} it lies in the local Maven repository.
 */
final class LicenceList {

    /** Where the jar lies inside a Maven repository. */
    static final String ARTIFACT = "org/spdx/java-spdx-library/1.1.10/java-spdx-library-1.1.10.jar";
    private static final String IN_JAR = "resources/stdlicenses/";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");

    private LicenceList() {
    }

    /** The jar in the local Maven repository ({@code maven.repo.local}, else {@code ~/.m2/repository}). */
    static Path inMavenRepository() {
        String repository = System.getProperty("maven.repo.local");
        return (repository == null ? Path.of(System.getProperty("user.home"), ".m2", "repository") : Path.of(repository)).resolve(ARTIFACT);
    }

    /** The JSON of licence {@code id} ("EPL-2.0") in the list at {@code location}, a folder or the library's jar. */
    static byte[] read(Path location, String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw new IOException("\"" + id + "\" is not an SPDX licence identifier");
        }
        if (Files.isDirectory(location)) {
            return Files.readAllBytes(location.resolve(id + ".json"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return Files.readAllBytes(jar.getPath(IN_JAR + id + ".json"));
        }
    }
}

package org.parley.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every published Merkle vector in the shared corpus (see
 * {@code src/test/resources/ledger/VECTORS.md} for where they come from).
 */
class MerkleVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> REFERENCE_LEAVES = List.of(
            "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");

    private static final List<String> REFERENCE_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void everyInclusionAndConsistencyVector_verifiesOrFailsAsPublished() {
        List<Path> inclusion = vectorFiles("inclusion");
        List<Path> consistency = vectorFiles("consistency");
        List<String> mismatches = new ArrayList<>();
        int mustFail = 0;
        int refusedWhenRead = 0;
        for (Path file : inclusion) {
            JsonNode vector = read(file);
            mustFail += vector.get("wantErr").asBoolean() ? 1 : 0;
            Verdict verdict;
            if (beyondLong(vector, "leafIdx", "treeSize")) {
                verdict = Verdict.refused("a number at or above 2^63 cannot be a position in a log");
                refusedWhenRead++;
            } else {
                verdict = new InclusionProof(vector.get("leafIdx").asLong(), vector.get("treeSize").asLong(),
                        hashes(vector.get("proof")))
                        .verify(hash(vector.get("leafHash")), hash(vector.get("root")));
            }
            expect(file, vector, verdict, mismatches);
        }
        for (Path file : consistency) {
            JsonNode vector = read(file);
            mustFail += vector.get("wantErr").asBoolean() ? 1 : 0;
            assertThat(beyondLong(vector, "size1", "size2")).as(file.toString()).isFalse();
            Verdict verdict = new ConsistencyProof(vector.get("size1").asLong(), vector.get("size2").asLong(),
                    hashes(vector.get("proof")))
                    .verify(hash(vector.get("root1")), hash(vector.get("root2")));
            expect(file, vector, verdict, mismatches);
        }

        int total = inclusion.size() + consistency.size();
        System.out.printf("Merkle vectors passed: %d of %d (inclusion %d, consistency %d; must-fail %d,"
                        + " of which %d refused when read: an index at or above 2^63)%n",
                total - mismatches.size(), total, inclusion.size(), consistency.size(), mustFail, refusedWhenRead);
        assertThat(mismatches).isEmpty();
        assertThat(inclusion).isNotEmpty();
        assertThat(consistency).isNotEmpty();
    }

    @Test
    void referenceTree_hasThePublishedRootAtEverySize() {
        MerkleTree tree = MerkleTree.ofLeafData(REFERENCE_LEAVES.stream().map(HexFormat.of()::parseHex).toList());

        for (int size = 1; size <= REFERENCE_ROOTS.size(); size++) {
            assertThat(tree.rootHash(size).hex()).as("root at size %d", size).isEqualTo(REFERENCE_ROOTS.get(size - 1));
        }
        assertThat(tree.rootHash(0)).isEqualTo(MerkleHash.EMPTY_TREE);
    }

    @Test
    void generatedProofs_equalThePublishedHappyPaths() {
        MerkleTree tree = MerkleTree.ofLeafData(REFERENCE_LEAVES.stream().map(HexFormat.of()::parseHex).toList());
        int compared = 0;
        for (Path file : vectorFiles("inclusion")) {
            JsonNode vector = read(file);
            long size = vector.get("treeSize").asLong();
            if (isReferenceHappyPath(file, vector, "root", size, tree)) {
                assertThat(tree.inclusionProof(vector.get("leafIdx").asLong(), size).path())
                        .as(file.toString()).isEqualTo(hashes(vector.get("proof")));
                compared++;
            }
        }
        for (Path file : vectorFiles("consistency")) {
            JsonNode vector = read(file);
            long size2 = vector.get("size2").asLong();
            if (isReferenceHappyPath(file, vector, "root2", size2, tree) && vector.get("size1").asLong() > 0) {
                assertThat(tree.consistencyProof(vector.get("size1").asLong(), size2).path())
                        .as(file.toString()).isEqualTo(hashes(vector.get("proof")));
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    @Test
    void everyGeneratedProofOfTheReferenceTree_verifies() {
        MerkleTree tree = MerkleTree.ofLeafData(REFERENCE_LEAVES.stream().map(HexFormat.of()::parseHex).toList());

        for (long size = 1; size <= tree.size(); size++) {
            for (long index = 0; index < size; index++) {
                assertThat(tree.inclusionProof(index, size).verify(tree.leafHash(index), tree.rootHash(size)).isAccepted())
                        .as("leaf %d of %d", index, size).isTrue();
            }
            for (long first = 1; first <= size; first++) {
                assertThat(tree.consistencyProof(first, size).verify(tree.rootHash(first), tree.rootHash(size)).isAccepted())
                        .as("%d to %d", first, size).isTrue();
            }
        }
    }

    private static boolean isReferenceHappyPath(Path file, JsonNode vector, String rootField, long size, MerkleTree tree) {
        return file.getFileName().toString().equals("happy-path.json")
                && size >= 1 && size <= tree.size()
                && hash(vector.get(rootField)).equals(tree.rootHash(size));
    }

    /** Go's vectors use unsigned 64-bit numbers; Parley's positions are Java longs. */
    private static boolean beyondLong(JsonNode vector, String... fields) {
        return Stream.of(fields).anyMatch(field -> !vector.get(field).canConvertToLong());
    }

    private static void expect(Path file, JsonNode vector, Verdict verdict, List<String> mismatches) {
        boolean wantError = vector.get("wantErr").asBoolean();
        if (verdict.isAccepted() == wantError) {
            mismatches.add(file + " (" + vector.get("desc").asText() + "): expected "
                    + (wantError ? "refusal" : "acceptance") + " but got " + verdict);
        }
    }

    /** The vectors folder: {@code $PARLEY_CORPORA/merkle}, else {@code ../shared/corpora/merkle} from the project. */
    static Path corpus() {
        String corpora = System.getenv("PARLEY_CORPORA");
        Path root = corpora == null || corpora.isBlank() ? Path.of("..", "shared", "corpora") : Path.of(corpora);
        Path merkle = root.resolve("merkle");
        if (!Files.isDirectory(merkle)) {
            String message = "Merkle vectors not found at " + merkle.toAbsolutePath()
                    + "; set PARLEY_CORPORA to the corpora folder";
            if ("1".equals(System.getenv("PARLEY_REQUIRE_CORPORA"))) {
                fail(message + " (PARLEY_REQUIRE_CORPORA=1)");
            }
            abort(message + "; skipping");
        }
        return merkle;
    }

    private static List<Path> vectorFiles(String kind) {
        try (Stream<Path> files = Files.walk(corpus().resolve(kind))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MerkleHash hash(JsonNode base64) {
        return MerkleHash.fromBase64(base64.asText());
    }

    private static List<MerkleHash> hashes(JsonNode array) {
        List<MerkleHash> hashes = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(element -> hashes.add(hash(element)));
        }
        return hashes;
    }
}

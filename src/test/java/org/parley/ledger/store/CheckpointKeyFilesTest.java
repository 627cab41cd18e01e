package org.parley.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ledger.CheckpointSigner;
import org.parley.ledger.MerkleHash;

class CheckpointKeyFilesTest {

    @TempDir
    Path directory;

    @Test
    void loadOrCreate_createsAKeyOnceAndLoadsItAfterwards() {
        CheckpointSigner created = CheckpointKeyFiles.loadOrCreate(directory.resolve("keys"));
        CheckpointSigner loaded = CheckpointKeyFiles.loadOrCreate(directory.resolve("keys"));

        assertThat(loaded.keyId()).isEqualTo(created.keyId());
        assertThat(loaded.publicKey()).isEqualTo(created.publicKey());
        assertThat(created.sign(3, MerkleHash.EMPTY_TREE, Instant.EPOCH).verify(loaded.publicKey()).isAccepted()).isTrue();
    }

    @Test
    void loadOrCreate_writesPemBlocksThatOnlyTheOwnerMayRead() throws IOException {
        CheckpointKeyFiles.loadOrCreate(directory);
        Path file = directory.resolve(CheckpointKeyFiles.FILE_NAME);

        assertThat(Files.readString(file)).contains("-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var leftovers = Files.list(directory)) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void loadOrCreate_refusesAFileWhoseHalvesDoNotMatch() throws IOException {
        CheckpointKeyFiles.loadOrCreate(directory.resolve("a"));
        CheckpointKeyFiles.loadOrCreate(directory.resolve("b"));
        String a = Files.readString(directory.resolve("a").resolve(CheckpointKeyFiles.FILE_NAME));
        String b = Files.readString(directory.resolve("b").resolve(CheckpointKeyFiles.FILE_NAME));
        String mixed = a.substring(0, a.indexOf("-----BEGIN PUBLIC KEY")) + b.substring(b.indexOf("-----BEGIN PUBLIC KEY"));
        Files.writeString(directory.resolve("a").resolve(CheckpointKeyFiles.FILE_NAME), mixed);

        assertThatThrownBy(() -> CheckpointKeyFiles.loadOrCreate(directory.resolve("a")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not belong");
    }

    @Test
    void loadOrCreate_refusesAFileWithoutKeys() throws IOException {
        Files.writeString(directory.resolve(CheckpointKeyFiles.FILE_NAME), "not a key\n");

        assertThatThrownBy(() -> CheckpointKeyFiles.loadOrCreate(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PRIVATE KEY");
    }
}

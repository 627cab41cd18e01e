package org.parley.ledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.ledger.CheckpointSigner;

/**
 * Keeps the checkpoint signing key in one file, {@value #FILE_NAME}, in a directory: a PEM
 * "PRIVATE KEY" block (PKCS#8) followed by a "PUBLIC KEY" block (X.509), both Ed25519.
 */
public final class CheckpointKeyFiles {

    public static final String FILE_NAME = "checkpoint-key.pem";

    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private CheckpointKeyFiles() {}

    /**
     * The signer whose key is stored in {@code directory}, creating the directory and a new key
     * first if there is none. Processes racing to create it all end up with the one that landed.
     */
    public static CheckpointSigner loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(directory, file);
            }
            return load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the checkpoint key in " + file, e);
        }
    }

    /** The key file's text in {@code directory}; empty when there is none. */
    public static Optional<String> read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoint key " + file, e);
        }
    }

    /**
     * Keeps {@code pem} (a key file's text, as {@link #read} gives it) as the key in {@code directory},
     * unless a key is there already; true when it was kept.
     */
    public static boolean keep(Path directory, String pem) {
        parse(pem, "the key to keep");
        try {
            return install(directory, directory.resolve(FILE_NAME), pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the checkpoint key in " + directory, e);
        }
    }

    private static void create(Path directory, Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime lacks Ed25519", e);
        }
        install(directory, file, pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static boolean install(Path directory, Path file, String pem) throws IOException {
        Files.createDirectories(directory);
        Path draft = Files.createTempFile(directory, "checkpoint-key", ".tmp");
        try {
            ownerOnly(draft);
            Files.writeString(draft, pem, StandardCharsets.US_ASCII);
            // A hard link appears whole and never replaces an existing key, unlike a rename.
            Files.createLink(file, draft);
            return true;
        } catch (FileAlreadyExistsException e) {
            // Another process created the key first; load() reads theirs.
            return false;
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static CheckpointSigner load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
    }

    /**
     * The signer of a key file's text; {@code where} names its origin in errors.
     *
     * @throws IllegalStateException when the text is not an Ed25519 key pair
     */
    public static CheckpointSigner parse(String text, String where) {
        Matcher blocks = PEM_BLOCK.matcher(text);
        byte[] privateKey = null;
        byte[] publicKey = null;
        while (blocks.find()) {
            byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
            switch (blocks.group(1)) {
                case "PRIVATE KEY" -> privateKey = der;
                case "PUBLIC KEY" -> publicKey = der;
                default -> throw new IllegalStateException(where + ": unexpected PEM block " + blocks.group(1));
            }
        }
        if (privateKey == null || publicKey == null) {
            throw new IllegalStateException(where + ": expected a PRIVATE KEY block and a PUBLIC KEY block");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            KeyPair pair = new KeyPair(keys.generatePublic(new X509EncodedKeySpec(publicKey)),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
            requireMatchingHalves(pair, where);
            return new CheckpointSigner(pair);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(where + ": expected Ed25519 keys in PKCS#8 and X.509 form", e);
        }
    }

    private static void requireMatchingHalves(KeyPair pair, String where) throws GeneralSecurityException {
        byte[] probe = FILE_NAME.getBytes(StandardCharsets.US_ASCII);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(pair.getPrivate());
        signer.update(probe);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(probe);
        if (!verifier.verify(signer.sign())) {
            throw new IllegalStateException(where + ": the public key does not belong to the private key");
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n"
                + "-----END " + label + "-----\n";
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}

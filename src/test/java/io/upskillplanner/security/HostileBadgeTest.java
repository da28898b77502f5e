package io.upskillplanner.security;

import static io.upskillplanner.security.Hostile.exportJson;
import static io.upskillplanner.security.Hostile.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Badges from someone else, through the real {@code import --profile}: each is either refused
 * (exit 3, file and reason, no stack trace, data unchanged) or imported as not verified; none
 * is ever "verified", none reaches the network, none reads a local file into the data.
 */
class HostileBadgeTest {

    @TempDir
    Path root;

    private Path dataDir;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final ObjectMapper json = new ObjectMapper();
    private String here;

    @BeforeEach
    void seed() throws IOException {
        dataDir = root.resolve("data");
        assertThat(run("--data-dir", dataDir.toString(), "profiles").code()).isZero();
        // Every URL in these files points here: a connection would mean the app went online.
        listener = new ServerSocket(0);
        listener.setSoTimeout(200);
        here = "http://127.0.0.1:" + listener.getLocalPort();
        Thread watcher = new Thread(() -> {
            while (!listener.isClosed()) {
                try (var ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    // keep watching
                } catch (IOException e) {
                    return;
                }
            }
        }, "network-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String jwt(String header, String signature) throws IOException {
        String original = Files.readString(HostileImportTest.sample("openbadges3/1edtech-validator_simple.jwt")).strip();
        String payload = original.split("\\.")[1];
        return b64(header) + "." + payload + "." + signature;
    }

    @Test
    void aJwtWithAlgNoneIsNeverVerified() throws Exception {
        assertNeverVerified("none.jwt", jwt("{\"alg\":\"none\",\"typ\":\"JWT\"}", ""));
    }

    @Test
    void aJwtSignedWithHs256UnderThePublicKeyIsNeverVerified() throws Exception {
        String header = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = jwt("{}", "").split("\\.")[1];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("the issuer's public key, as text".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
        assertNeverVerified("hs256.jwt", header + "." + payload + "." + signature);
    }

    @Test
    void aJwtThatNamesItsKeyByJkuOrX5uDoesNotMakeTheAppGoOnline() throws Exception {
        assertNeverVerified("jku.jwt", jwt("{\"alg\":\"EdDSA\",\"jku\":\"" + here + "/keys\"}", "c2ln"));
        assertNeverVerified("x5u.jwt", jwt("{\"alg\":\"RS256\",\"x5u\":\"" + here + "/cert\"}", "c2ln"));
    }

    @Test
    void aJwtWithAnUnknownCriticalHeaderIsNeverVerified() throws Exception {
        assertNeverVerified("crit.jwt", jwt("{\"alg\":\"RS256\",\"crit\":[\"x-trust-me\"],\"x-trust-me\":true}", "c2ln"));
    }

    @Test
    void aRemoteContextIsNeverFetched() throws Exception {
        String credential = Files.readString(HostileImportTest.sample("openbadges3/1edtech-validator_simple.json"))
                .replaceFirst("\"@context\"\\s*:\\s*\\[", "\"@context\": [\"" + here + "/context.jsonld\", ");
        assertNeverVerified("remote-context.json", credential);
    }

    @Test
    void anSvgWithAnExternalEntityNeverReadsTheFileItNames() throws Exception {
        Path secret = Files.writeString(root.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY remote SYSTEM \"" + here + "/dtd\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                + "<openbadges:credential><![CDATA[{\"name\": \"x\"}]]>&xxe;&remote;</openbadges:credential></svg>";
        assertNeverVerified("xxe.svg", svg);
        assertThat(exportJson(dataDir, root)).doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void anSvgBillionLaughsIsRefused() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [" + entities + "]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                + "<openbadges:credential>&lol9;</openbadges:credential></svg>";
        assertNeverVerified("laughs.svg", svg);
    }

    @Test
    void aPngWhoseBadgeChunkInflatesToGigabytesIsRefused() throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 512; i++) {
                out.write(zeros);
            }
        }
        ByteArrayOutputStream itxt = new ByteArrayOutputStream();
        itxt.write("openbadges".getBytes(StandardCharsets.ISO_8859_1));
        itxt.write(new byte[] {0, 1, 0, 0, 0});
        itxt.write(deflated.toByteArray());
        byte[] png = png(chunk("iTXt", itxt.toByteArray()));
        assertNeverVerified("bomb.png", png);
    }

    @Test
    void aPngChunkThatDeclaresTwoGigabytesIsRefused() throws Exception {
        ByteBuffer header = ByteBuffer.allocate(8).putInt(0x7FFF_FFF0).put("iTXt".getBytes(StandardCharsets.ISO_8859_1));
        byte[] png = png(header.array(), "openbadges".getBytes(StandardCharsets.ISO_8859_1));
        assertNeverVerified("huge-chunk.png", png);
    }

    @Test
    void jsonNestedAHundredThousandDeepIsRefusedWithoutAStackOverflow() throws Exception {
        String deep = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"type\": [\"OpenBadgeCredential\"], \"x\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertNeverVerified("deep.json", deep);
    }

    private void assertNeverVerified(String name, String content) throws IOException {
        assertNeverVerified(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void assertNeverVerified(String name, byte[] content) throws IOException {
        Path file = Files.write(root.resolve(name), content);
        String before = exportJson(dataDir, root);

        Hostile.Result result = run("--data-dir", dataDir.toString(), "import", file.toString(),
                "--profile", Hostile.PROFILE);

        assertThat(result.code()).as(name + ": " + result.err()).isIn(0, 3);
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception");
        if (result.code() == 3) {
            assertThat(result.err()).contains(file.toString());
            assertThat(exportJson(dataDir, root)).isEqualTo(before);
        } else {
            JsonNode after = json.readTree(exportJson(dataDir, root));
            for (JsonNode badge : after.path("profile").path("earnedBadges")) {
                assertThat(badge.path("verification").asText()).as(name).isNotEqualTo("VERIFIED");
            }
        }
        assertThat(connections.get()).as(name + " made the app go online").isZero();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(12 + data.length);
        buffer.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), 4, 4 + data.length);
        return buffer.putInt((int) crc.getValue()).array();
    }

    private static byte[] png(byte[]... chunks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.write(chunk("IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 0).array()));
        for (byte[] chunk : chunks) {
            out.write(chunk);
        }
        out.write(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }
}

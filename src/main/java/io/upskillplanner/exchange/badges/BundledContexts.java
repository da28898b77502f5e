package io.upskillplanner.exchange.badges;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * Serves the JSON-LD contexts that ship with the app and nothing else: the app never goes online,
 * so a credential using any other context cannot be canonicalized, and therefore not verified.
 */
public final class BundledContexts implements DocumentLoader {

    private static final String FOLDER = "/io/upskillplanner/exchange/badges/contexts/";
    private static final Map<String, String> FILES = Map.ofEntries(
            Map.entry("https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld"),
            Map.entry("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"),
            Map.entry("https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-context-3.0.3.json"),
            Map.entry("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", "ob-v3p0-extensions.json"),
            Map.entry("https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-signature-2020-v1.jsonld"),
            Map.entry("https://www.w3.org/ns/did/v1", "did-v1.jsonld"),
            Map.entry("https://w3id.org/security/multikey/v1", "multikey-v1.jsonld"),
            Map.entry("https://w3id.org/security/suites/jws-2020/v1", "jws-2020-v1.jsonld"),
            Map.entry("https://w3id.org/vc/status-list/2021/v1", "status-list-2021-v1.jsonld"));

    private final Map<String, Document> loaded = new ConcurrentHashMap<>();

    /** The context URLs this app can resolve offline. */
    public static Set<String> urls() {
        return FILES.keySet();
    }

    /** The resource file that holds this context, for checking its hash. */
    static String fileOf(String url) {
        return FOLDER + FILES.get(url);
    }

    public static boolean isBundled(String url) {
        return FILES.containsKey(url);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String key = url.toString();
        String file = FILES.get(key);
        if (file == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                    "The JSON-LD context " + key + " is not bundled with the app");
        }
        Document cached = loaded.get(key);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = BundledContexts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundled context " + file + " is missing from the application");
            }
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            loaded.put(key, document);
            return document;
        } catch (IOException e) {
            throw new IllegalStateException("The bundled context " + file + " cannot be read", e);
        }
    }
}

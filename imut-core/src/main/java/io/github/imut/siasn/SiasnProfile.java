package io.github.imut.siasn;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.imut.json.ImutJson;
import io.github.imut.model.Employee;
import io.github.imut.model.Nip;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One employee's profile as the national SIASN services return it, mapped to the model: an {@link Employee} and the
 * {@link SiasnNote notes} on what could not be mapped. Follows {@code shared/spec/siasn-contract.md}.
 *
 * <h2>Input</h2>
 * A profile file is one JSON object whose keys name endpoints ({@code data-utama}, {@code rw-jabatan},
 * {@code rw-golongan}, {@code rw-pendidikan}, {@code rw-hukdis}, {@code rw-skp}, {@code rw-skp22},
 * {@code rw-kinerjaperiodik}; case, punctuation and a {@code pns/} prefix do not matter) and whose values are the
 * responses as SIASN sent them, with their envelope ({@code {"data": …}}, also wrapped twice as some proxies do) or
 * bare. Other keys are ignored. A file that holds no endpoint key is read as a data-utama response alone. The
 * {@link #builder()} takes the responses one by one instead. data-utama is required.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Numbers may be strings or JSON numbers; codes are compared without leading zeros ({@code "01"} = {@code "1"})
 *       and non-numeric codes without regard to case ({@code R}, {@code MJ}, {@code PLT}).</li>
 *   <li>Dates are {@code dd-MM-yyyy}, or {@code yyyy-MM-dd} with or without a time (rw-golongan's
 *       {@code tmtGolongan} as {@code 2099-04-01T00:00:00Z}); the calendar date is taken literally, with no time-zone
 *       shift. A bare year ({@code tahunLulus}) is no date.</li>
 *   <li>{@code ""}, {@code null}, a missing key and the sentinel {@code 01-01-0001} (or {@code 0001-01-01…}) all
 *       mean unknown: the model field stays empty. imut never substitutes a default value. A value that is present
 *       but cannot be read is unknown too, and gets a {@link SiasnNote.Kind#UNMAPPED} note naming the field.</li>
 *   <li>Keys are matched without regard to case, with the read/write aliases the contract lists
 *       ({@code akhirHukumTanggal}/{@code akhirHukumanTanggal}, {@code jenisHukuman}/{@code jenisHukumanId});
 *       unknown keys and {@code path} in any of its shapes are ignored.</li>
 *   <li>Records with a {@code deletedAt} and sanctions with an {@code skPembatalanNomor} or
 *       {@code skPembatalanTanggal} (cancelled) are left out, each with an {@link SiasnNote.Kind#IGNORED} note.</li>
 *   <li>Histories are sorted: positions by TMT jabatan, sanctions by start, ratings by year and quarter. A definitive
 *       position ends the day before the next definitive one starts; acting ones (PLT, PLH, PJ, TT) have no known
 *       end. The position history is SIASN's riwayat jabatan in full, so its last definitive record is usually the
 *       position held now.</li>
 *   <li>Grade and education come from data-utama; the latest rw-golongan record and the highest rw-pendidikan record
 *       complete them when data-utama lacks them, and a disagreement is noted ({@link SiasnNote.Kind#INCONSISTENT})
 *       with data-utama's value kept. The current position comes from data-utama alone: its level from the eselon
 *       (structural), from the jenjang ending the JF name (functional), or pelaksana (JF umum). The agency is the employing one ({@code instansiInduk*}); its kind comes from
 *       {@code jenisPegawaiId}, and regency against city from the instansi's name; SIASN has no region codes.</li>
 *   <li>A kedudukan hukum other than Aktif, a working agency other than the employing one (DPK/DPB), rw-skp appraisals
 *       before 2022 and monthly ratings have no place in the model: each gets a
 *       {@link SiasnNote.Kind#NOT_REPRESENTED} note. A profile without rw-jabatan, rw-hukdis or rw-skp22 gets a
 *       {@link SiasnNote.Kind#MISSING_SOURCE} note: the model's empty list then means "not given", not "none".</li>
 * </ul>
 * Malformed input (not JSON, a payload of the wrong shape, an error response, no data-utama, no valid
 * {@code nipBaru}, a record of another employee) throws a {@link SiasnFormatException} naming the field. Field paths
 * are rooted at the endpoint's payload: {@code data-utama.tglLahir}, {@code rw-hukdis[1].akhirHukumTanggal}.
 *
 * <p>Immutable and thread-safe; the mapping is done once, when the profile is read. {@link #toString()} shows the NIP
 * and the endpoints only: SIASN profiles hold personal data.
 */
public final class SiasnProfile {
    private static final ObjectMapper MAPPER = ImutJson.mapper();

    private final Set<SiasnEndpoint> endpoints;
    private final Employee employee;
    private final List<SiasnNote> notes;

    private SiasnProfile(Set<SiasnEndpoint> endpoints, SiasnMapper.Result result) {
        this.endpoints = Collections.unmodifiableSet(EnumSet.copyOf(endpoints));
        this.employee = result.employee;
        this.notes = result.notes;
    }

    /**
     * Reads a profile file (UTF-8).
     *
     * @param in the file's content; not closed
     * @return the profile
     * @throws SiasnFormatException if the content is malformed
     * @throws IOException          if reading fails
     */
    public static SiasnProfile read(InputStream in) throws IOException {
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * Reads a profile file.
     *
     * @param json the file's content
     * @return the profile
     * @throws SiasnFormatException if the content is malformed
     */
    public static SiasnProfile parse(String json) {
        JsonNode root = tree(json, "$");
        if (!root.isObject()) {
            throw SiasnFormatException.of("siasn.notAnObject", "$");
        }
        Builder b = builder();
        boolean bundle = false;
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            Optional<SiasnEndpoint> endpoint = SiasnEndpoint.byName(e.getKey());
            if (endpoint.isEmpty()) {
                continue;
            }
            bundle = true;
            if (b.responses.containsKey(endpoint.get())) {
                throw SiasnFormatException.of("siasn.duplicateEndpoint", e.getKey(), "endpoint",
                        endpoint.get().key());
            }
            if (!e.getValue().isNull()) {
                b.responses.put(endpoint.get(), e.getValue());
            }
        }
        if (!bundle) {
            b.responses.put(SiasnEndpoint.DATA_UTAMA, root);
        }
        return b.build();
    }

    /** @return a builder that takes the SIASN responses one by one */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the responses of one employee's SIASN endpoints. Not thread-safe; build once. */
    public static final class Builder {
        private final Map<SiasnEndpoint, JsonNode> responses = new EnumMap<>(SiasnEndpoint.class);

        private Builder() {
        }

        /**
         * @param endpoint which service answered
         * @param json     the response body as SIASN sent it (with or without its {@code data} envelope)
         * @return this builder
         * @throws SiasnFormatException if the body is not JSON
         */
        public Builder response(SiasnEndpoint endpoint, String json) {
            responses.put(Objects.requireNonNull(endpoint, "endpoint"), tree(json, endpoint.key()));
            return this;
        }

        /**
         * @param endpoint which service answered
         * @param body     the response body (UTF-8); not closed
         * @return this builder
         * @throws SiasnFormatException if the body is not JSON
         * @throws IOException          if reading fails
         */
        public Builder response(SiasnEndpoint endpoint, InputStream body) throws IOException {
            return response(endpoint, new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }

        /**
         * @return the mapped profile
         * @throws SiasnFormatException if data-utama is missing or any response is malformed
         */
        public SiasnProfile build() {
            if (!responses.containsKey(SiasnEndpoint.DATA_UTAMA)) {
                throw SiasnFormatException.of("siasn.noDataUtama", "data-utama");
            }
            Map<SiasnEndpoint, JsonNode> payloads = new EnumMap<>(SiasnEndpoint.class);
            for (Map.Entry<SiasnEndpoint, JsonNode> e : responses.entrySet()) {
                payloads.put(e.getKey(), payload(e.getKey(), e.getValue()));
            }
            return new SiasnProfile(payloads.keySet(), SiasnMapper.map(payloads));
        }
    }

    private static JsonNode tree(String json, String path) {
        if (json == null || json.isBlank()) {
            throw SiasnFormatException.of("siasn.empty", path);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw SiasnFormatException.of("siasn.empty", path);
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw SiasnFormatException.withCause(e, "siasn.syntax", path,
                    "line", String.valueOf(loc == null ? 0 : loc.getLineNr()),
                    "column", String.valueOf(loc == null ? 0 : loc.getColumnNr()),
                    "detail", io.github.imut.internal.JacksonMessages.detail(e));
        }
    }

    /**
     * Unwraps a response (contract §1): the payload is under {@code data}, possibly twice; an error response
     * ({@code success: false}, or {@code Error}) throws; a riwayat without {@code data} or with {@code data: null} is
     * an empty history. Returns an object for data-utama, an array of objects otherwise.
     */
    static JsonNode payload(SiasnEndpoint endpoint, JsonNode response) {
        boolean profile = endpoint == SiasnEndpoint.DATA_UTAMA;
        JsonNode node = response;
        String path = endpoint.key();
        for (int depth = 0; depth < 3; depth++) {
            if (node.isArray() && !profile) {
                for (int i = 0; i < node.size(); i++) {
                    if (!node.get(i).isObject()) {
                        throw SiasnFormatException.of("siasn.notAnObject", endpoint.key() + "[" + i + "]");
                    }
                }
                return node;
            }
            if (!node.isObject()) {
                throw SiasnFormatException.of(profile ? "siasn.notAnObject" : "siasn.notAnArray", path);
            }
            checkNotAnError(node, path);
            String dataKey = key(node, "data");
            if (dataKey == null || (profile && hasKey(node, "nipBaru"))) {
                if (profile) {
                    return node;
                }
                return JsonNodeFactory.instance.arrayNode();
            }
            JsonNode data = node.get(dataKey);
            if (data.isNull()) {
                if (profile) {
                    throw SiasnFormatException.of("siasn.required", path + "." + dataKey);
                }
                return JsonNodeFactory.instance.arrayNode();
            }
            node = data;
            path = path + "." + dataKey;
        }
        throw SiasnFormatException.of(profile ? "siasn.notAnObject" : "siasn.notAnArray", path);
    }

    private static void checkNotAnError(JsonNode node, String path) {
        String success = key(node, "success");
        if (success != null && isFalse(node.get(success))) {
            throw SiasnFormatException.of("siasn.errorResponse", path, "detail", messageOf(node));
        }
        String error = key(node, "error");
        if (error != null && !SiasnValues.isUnknown(node.get(error)) && !isFalse(node.get(error))) {
            throw SiasnFormatException.of("siasn.errorResponse", path, "detail", messageOf(node));
        }
    }

    private static boolean isFalse(JsonNode v) {
        return v.isBoolean() ? !v.booleanValue() : v.isTextual() && "false".equalsIgnoreCase(v.asText().trim());
    }

    private static String messageOf(JsonNode node) {
        String m = key(node, "message");
        if (m != null && node.get(m).isValueNode()) {
            return node.get(m).asText();
        }
        String e = key(node, "error");
        return e != null && node.get(e).isValueNode() ? node.get(e).asText() : "";
    }

    private static boolean hasKey(JsonNode node, String name) {
        return key(node, name) != null;
    }

    private static String key(JsonNode node, String name) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** @return the employee's NIP ({@code nipBaru}) */
    public Nip nip() {
        return employee.getNip();
    }

    /** @return the endpoints whose responses the profile holds */
    public Set<SiasnEndpoint> endpoints() {
        return endpoints;
    }

    /** @return the employee, as far as SIASN's data could be mapped */
    public Employee employee() {
        return employee;
    }

    /** @return what could not be mapped, was ignored or is not represented, in the order found; never null */
    public List<SiasnNote> notes() {
        return notes;
    }

    /**
     * @param kind a kind of note
     * @return the notes of that kind
     */
    public List<SiasnNote> notes(SiasnNote.Kind kind) {
        List<SiasnNote> out = new ArrayList<>();
        for (SiasnNote n : notes) {
            if (n.kind() == kind) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        List<String> keys = new ArrayList<>();
        for (SiasnEndpoint e : endpoints) {
            keys.add(e.key());
        }
        return "SiasnProfile{nip=" + nip() + ", endpoints=" + keys + ", notes=" + notes.size() + "}";
    }
}

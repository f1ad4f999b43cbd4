package io.github.imut.law;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A citation of the law: regulation, article (pasal), paragraph (ayat) and letter (huruf), exactly as the rule
 * catalogue gives it, with the period in which that provision is in force.
 *
 * <p>{@code LegalBasis.of("UU 10/2016").article("71").paragraph("2")} reads {@code UU 10/2016 Pasal 71 ayat (2)}.
 * Regulations are named as the catalogue names them ({@code UU 20/2023}, {@code PP 11/2017},
 * {@code Peraturan BKN 5/2019}). Immutable and thread-safe; the {@code with}-style methods return copies.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonIgnoreProperties(value = "citation", allowGetters = true)
public final class LegalBasis {
    private final String regulation;
    private final String article;
    private final String paragraph;
    private final String letter;
    private final InForce inForce;
    private final String note;

    private LegalBasis(String regulation, String article, String paragraph, String letter, InForce inForce,
            String note) {
        if (regulation == null || regulation.isBlank()) {
            throw new IllegalArgumentException("A legal basis needs a regulation");
        }
        this.regulation = regulation;
        this.article = article;
        this.paragraph = paragraph;
        this.letter = letter;
        this.inForce = Objects.requireNonNull(inForce, "inForce");
        this.note = note;
    }

    @JsonCreator
    static LegalBasis json(@JsonProperty("regulation") String regulation, @JsonProperty("article") String article,
            @JsonProperty("paragraph") String paragraph, @JsonProperty("letter") String letter,
            @JsonProperty("inForce") InForce inForce, @JsonProperty("note") String note) {
        return new LegalBasis(regulation, article, paragraph, letter, inForce == null ? InForce.always() : inForce,
                note);
    }

    /**
     * @param regulation the regulation, e.g. {@code UU 10/2016}
     * @return a basis citing the whole regulation, always in force; narrow it with the other methods
     */
    public static LegalBasis of(String regulation) {
        return new LegalBasis(regulation, null, null, null, InForce.always(), null);
    }

    /**
     * @param number the pasal (article), e.g. {@code 71}
     * @return a copy citing pasal {@code number}
     */
    public LegalBasis article(String number) {
        return new LegalBasis(regulation, number, paragraph, letter, inForce, note);
    }

    /**
     * @param number the ayat (paragraph), e.g. {@code 2}
     * @return a copy citing ayat {@code number}
     */
    public LegalBasis paragraph(String number) {
        return new LegalBasis(regulation, article, number, letter, inForce, note);
    }

    /**
     * @param value the huruf (letter), e.g. {@code c}
     * @return a copy citing huruf {@code value}
     */
    public LegalBasis letter(String value) {
        return new LegalBasis(regulation, article, paragraph, value, inForce, note);
    }

    /**
     * @param period when the provision is in force
     * @return a copy in force only in {@code period}
     */
    public LegalBasis inForce(InForce period) {
        return new LegalBasis(regulation, article, paragraph, letter, period, note);
    }

    /**
     * @param text the note, e.g. "pasal not verified"
     * @return a copy with a note
     */
    public LegalBasis note(String text) {
        return new LegalBasis(regulation, article, paragraph, letter, inForce, text);
    }

    /** @return the regulation, e.g. {@code UU 10/2016} */
    @JsonProperty("regulation")
    public String regulation() {
        return regulation;
    }

    /** @return the pasal, if cited */
    @JsonProperty("article")
    public Optional<String> article() {
        return Optional.ofNullable(article);
    }

    /** @return the ayat, if cited */
    @JsonProperty("paragraph")
    public Optional<String> paragraph() {
        return Optional.ofNullable(paragraph);
    }

    /** @return the huruf, if cited */
    @JsonProperty("letter")
    public Optional<String> letter() {
        return Optional.ofNullable(letter);
    }

    /** @return when the cited provision is in force */
    @JsonProperty("inForce")
    public InForce inForce() {
        return inForce;
    }

    /** @return a note on the citation, if any */
    @JsonProperty("note")
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * @param date a day
     * @return whether the provision is in force on that day
     */
    public boolean isInForceOn(LocalDate date) {
        return inForce.contains(date);
    }

    /** @return the citation as written in Indonesian, e.g. {@code UU 10/2016 Pasal 71 ayat (2) huruf c} */
    @JsonProperty("citation")
    public String citation() {
        StringBuilder sb = new StringBuilder(regulation);
        if (article != null) {
            sb.append(" Pasal ").append(article);
        }
        if (paragraph != null) {
            sb.append(" ayat (").append(paragraph).append(')');
        }
        if (letter != null) {
            sb.append(" huruf ").append(letter);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof LegalBasis)) {
            return false;
        }
        LegalBasis b = (LegalBasis) o;
        return regulation.equals(b.regulation) && Objects.equals(article, b.article)
                && Objects.equals(paragraph, b.paragraph) && Objects.equals(letter, b.letter)
                && inForce.equals(b.inForce) && Objects.equals(note, b.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regulation, article, paragraph, letter, inForce, note);
    }

    @Override
    public String toString() {
        return citation();
    }
}

package io.github.imut.law;

/**
 * Thrown when legal parameters are malformed at load time, or when a rule asks for a parameter that has no value on
 * the date concerned. In a check, the rule that asked reports {@code ERROR}, never a pass.
 */
public final class ParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the parameter */
    public ParameterException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the parameter
     * @param cause   the underlying error
     */
    public ParameterException(String message, Throwable cause) {
        super(message, cause);
    }
}

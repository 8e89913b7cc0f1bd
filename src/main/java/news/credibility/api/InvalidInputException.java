package news.credibility.api;

/** A request that parsed but cannot be used; {@code field} points at the culprit ("claims[2].text"). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package news.credibility.authoring;

/** A workbench request that names something it cannot have; {@code field} is the parameter at fault. */
public class WorkbenchInputException extends Exception {

    private final String field;

    public WorkbenchInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package quanze.catalog;

/** What a plain (unquoted) YAML scalar is, by the YAML 1.2 core schema: null, boolean, number or string. */
final class Scalars {

    private Scalars() {
    }

    static Node.Scalar.Kind kindOf(String v) {
        if (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL")) {
            return Node.Scalar.Kind.NULL;
        }
        if (v.equals("true") || v.equals("True") || v.equals("TRUE") || v.equals("false") || v.equals("False")
                || v.equals("FALSE")) {
            return Node.Scalar.Kind.BOOLEAN;
        }
        return isNumber(v) ? Node.Scalar.Kind.NUMBER : Node.Scalar.Kind.STRING;
    }

    /** [-+]? digits [. digits] [e [-+]? digits], or .inf/.nan: checked without a regular expression. */
    static boolean isNumber(String v) {
        int i = 0;
        int n = v.length();
        char c0 = v.charAt(0);
        if (c0 == '-' || c0 == '+') i++;
        if (i < n && v.charAt(i) == '.') {
            String rest = v.substring(i + 1).toLowerCase();
            if (rest.equals("inf") || (i == 0 && rest.equals("nan"))) return true;
        }
        int digits = 0;
        while (i < n && Character.isDigit(v.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(v.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return false;
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) i++;
            int exp = 0;
            while (i < n && Character.isDigit(v.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) return false;
        }
        return i == n;
    }
}

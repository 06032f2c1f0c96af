package quanze.spreadsheet;

import java.time.LocalDateTime;

import org.apache.poi.ss.formula.CollaboratingWorkbooksEnvironment;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * The text of a workbook's cells as a reader sees them, or what is wrong with one: each formula is evaluated on
 * its own, so that one that fails (a missing sheet, an external workbook, a chain too deep for the stack) or
 * gives an error value is a problem at its cell and no other. Dates are ISO ({@code 2017-01-01}).
 */
final class CellValues {

    /**
     * Formula chains too deep to evaluate, after which no more formulas are tried: each costs a full stack, and
     * a chain of 20,000 cells would otherwise overflow once for each of them.
     */
    static final int MAX_OVERFLOWS = 3;

    /** A cell's text, or (when {@code error} is not null) what is wrong with it. */
    record Value(String text, String error) {
        static Value of(String text) {
            return new Value(text, null);
        }

        static Value error(String error) {
            return new Value("", error);
        }
    }

    private final Workbook workbook;
    private final DataFormatter format = new DataFormatter();
    private FormulaEvaluator evaluator;
    private int overflows;

    CellValues(Workbook workbook) {
        this.workbook = workbook;
    }

    Value of(Cell cell) {
        try {
            return switch (cell.getCellType()) {
                case FORMULA -> formula(cell);
                case ERROR -> Value.error("the cell holds the error " + errorName(cell.getErrorCellValue()));
                case STRING -> string(cell);
                case NUMERIC -> Value.of(number(cell));
                case BOOLEAN -> Value.of(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                default -> Value.of("");
            };
        } catch (RuntimeException e) {
            return Value.error("cannot read the cell: " + Sheets.firstLine(e.getMessage()));
        }
    }

    private Value formula(Cell cell) {
        if (overflows >= MAX_OVERFLOWS) {
            return Value.error("not evaluated: the workbook already has " + MAX_OVERFLOWS
                    + " formula chains too deep to evaluate");
        }
        // a reference to a deleted sheet or cell: POI shows it as #REF! but may evaluate it against another sheet
        String text = formulaText(cell);
        if (text.contains("#REF!")) {
            return Value.error("the formula =" + text + " refers to a deleted sheet or cell (#REF!)");
        }
        CellType type;
        try {
            type = evaluator().evaluateFormulaCell(cell);
        } catch (StackOverflowError e) {
            overflows++;
            evaluator = null; // its bookkeeping of the cells being evaluated is not to be trusted after this
            return Value.error("the formula chain is too deep to evaluate");
        } catch (RuntimeException e) {
            evaluator = null;
            return Value.error("cannot evaluate the formula =" + formulaText(cell) + ": " + reason(e));
        }
        return switch (type) {
            case ERROR -> Value.error(formulaError(cell.getErrorCellValue()));
            case NUMERIC -> Value.of(number(cell));
            case STRING -> Value.of(cell.getStringCellValue());
            case BOOLEAN -> Value.of(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> Value.of("");
        };
    }

    private FormulaEvaluator evaluator() {
        if (evaluator == null) evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        return evaluator;
    }

    private static String formulaError(byte code) {
        String name = errorName(code);
        return name.equals(FormulaError.CIRCULAR_REF.getString())
                ? "the formula refers to itself (a circular reference)"
                : "the formula gives the error " + name;
    }

    private static String errorName(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#" + code;
        }
    }

    private static String formulaText(Cell cell) {
        try {
            String f = cell.getCellFormula();
            return f.length() > 100 ? f.substring(0, 100) + "…" : f;
        } catch (RuntimeException e) {
            return "…";
        }
    }

    /** Why POI could not evaluate a formula, in the user's terms where the cause is a known one. */
    static String reason(Throwable e) {
        Throwable last = e;
        for (Throwable c = e; c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof CollaboratingWorkbooksEnvironment.WorkbookNotFoundException) {
                return "it refers to another workbook, which is not opened";
            }
            if (c instanceof NotImplementedFunctionException f) {
                return "the function " + f.getFunctionName() + " is not supported";
            }
            String m = String.valueOf(c.getMessage());
            if (c instanceof IllegalArgumentException && (m.startsWith("Invalid sheetIndex") || m.startsWith("Sheet index ("))) {
                return "it refers to a sheet the workbook does not have";
            }
            last = c;
        }
        return Sheets.firstLine(last.getMessage()).replaceAll("\\b(?:[a-z_$][\\w$]*\\.){2,}([A-Z][\\w$]*)\\b", "$1");
    }

    /** A shared string the cell refers to, or an error when the index is past the workbook's shared strings. */
    private Value string(Cell cell) {
        if (cell instanceof XSSFCell x && workbook instanceof XSSFWorkbook xw && x.getCTCell().getT() == STCellType.S
                && x.getCTCell().isSetV()) {
            var strings = xw.getSharedStringSource();
            String v = x.getCTCell().getV();
            try {
                return Value.of(strings.getItemAt(Integer.parseInt(v.strip())).getString());
            } catch (RuntimeException e) {
                return Value.error("refers to shared string " + v + ", but the workbook has "
                        + (strings == null ? 0 : strings.getUniqueCount()) + " (a damaged workbook)");
            }
        }
        return Value.of(cell.getStringCellValue());
    }

    /** A number as its format shows it; a date (or time) as ISO text whatever the format. */
    private String number(Cell cell) {
        double v = cell.getNumericCellValue();
        CellStyle style = cell.getCellStyle();
        if (style == null) return NumberToTextConverter.toText(v);
        if (DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())) {
            return DateUtil.isValidExcelDate(v) ? iso(DateUtil.getLocalDateTime(v, date1904()), v)
                    : NumberToTextConverter.toText(v);
        }
        return format.formatRawCellContents(v, style.getDataFormat(), style.getDataFormatString());
    }

    private boolean date1904() {
        if (workbook instanceof XSSFWorkbook x) return x.isDate1904();
        return workbook instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
    }

    static String iso(LocalDateTime t, double serial) {
        String time = t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute())
                : String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        if (serial < 1) return time;
        boolean midnight = t.toLocalTime().toSecondOfDay() == 0;
        return midnight ? t.toLocalDate().toString() : t.toLocalDate() + " " + time;
    }
}

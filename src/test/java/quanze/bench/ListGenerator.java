package quanze.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A published power list of any size, as the benchmark imports it: the 15 columns of the Xinjiang template (layout
 * A, simplified characters, 实施层级及权限 twice), each basis cell two tagged provisions with their version and an
 * article's words, one row in ten a sub-item, one in twenty at two levels. Fictitious content in the real shape;
 * the same for the same seed. {@code java -cp target/test-classes:target/quanze.jar quanze.bench.ListGenerator
 * ROWS SEED OUT.csv [short]}: {@code short} writes the ten short columns of a list that cites its bases briefly
 * (《城乡规划法》第四十一条), some 150 bytes a row, as quanze's import was measured with before it read real lists.
 */
public final class ListGenerator {

    private static final List<String> TYPES = List.of("行政许可", "行政处罚", "行政处罚", "行政处罚", "行政处罚", "行政检查",
            "行政强制", "行政确认", "行政奖励", "其他行政权力");
    private static final List<String[]> LAWS = List.of(
            new String[] {"法律", "中华人民共和国安全生产法", "2002年6月29日第九届全国人民代表大会常务委员会第二十八次会议通过，2021年6月10日修正，2021年9月1日起施行"},
            new String[] {"法规", "危险化学品安全管理条例", "2002年1月26日国务院令第344号公布，2013年12月7日修订"},
            new String[] {"规章", "建设工程质量检测管理办法", "2005年9月28日建设部令第141号发布，2015年5月4日修正"},
            new String[] {"法规", "新疆维吾尔自治区安全生产条例", "2017年7月28日新疆维吾尔自治区第十二届人民代表大会常务委员会第三十次会议通过"},
            new String[] {"规范性文件", "关于进一步加强安全生产工作的通知", "2020年5月印发"});
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "二十三", "三十一", "四十五", "五十六", "六十七", "九十九", "一百零二", "一百一十三"};

    private ListGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        if (args.length > 3 && args[3].equals("short")) writeShort(Path.of(args[2]), rows, seed);
        else write(Path.of(args[2]), rows, seed);
    }

    static void writeShort(Path out, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        String[] laws = {"《中华人民共和国城乡规划法》第四十一条", "《中华人民共和国建筑法》第七条", "《城市道路管理条例》第三十三条",
                "《住宅室内装饰装修管理办法》第十三条"};
        String[] bodies = {"区规划局", "区住房和城乡建设局", "市城市管理局"};
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("序号,职权编码,职权名称,职权类型,法定依据,实施主体,行使层级,权力来源,责任事项,追责情形\r\n");
            for (int n = 1; n <= rows; n++) {
                String body = bodies[r.nextInt(bodies.length)];
                w.write(n + ",QZ-" + n + ",事项" + n + "," + TYPES.get(r.nextInt(TYPES.size())) + ","
                        + laws[r.nextInt(laws.length)] + "," + body + "," + (body.startsWith("市") ? "市级" : "区级")
                        + ",法定本级行使,受理责任；审查责任,滥用职权的\r\n");
            }
        }
    }

    static void write(Path out, int rows, long seed) throws IOException {
        Random r = new Random(seed);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("序号,事项名称,子项名称,权力类型,实施依据,行使主体,承办机构,实施层级及权限,实施层级及权限,部门职责,责任事项内容,"
                    + "责任事项依据,追责对象范围,追责情形,备注\r\n");
            int seq = 0;
            for (int n = 0; n < rows; n++) {
                boolean sub = n % 10 == 1;
                if (!sub) seq++;
                String type = TYPES.get(r.nextInt(TYPES.size()));
                String name = "对第" + seq + "类违法行为的" + (type.equals("行政许可") ? "许可" : "处理");
                String level = n % 20 == 3 ? "地州市级、县市区级" : r.nextInt(5) == 0 ? "县市区级" : "地州市级";
                String[] cells = {String.valueOf(seq), name, sub ? n + ".子项" + (n % 7) : "", type, basis(r),
                        "克拉玛依市第" + (seq % 40) + "局", "第" + (seq % 9) + "科", level, "负责本行政区域内" + name + "。",
                        "负责本部门职责范围内的监督管理工作。", "直接实施责任：\n1.依法受理。\n2.依法审查。\n3.依法决定。",
                        "【法律】《中华人民共和国行政处罚法》（2021年1月22日修订）\n    第三十九条、第四十条。",
                        "1.具体承办人；\n2.内设机构负责人；\n3.单位法定代表人或分管领导。",
                        "因不履行或不正确履行行政职责，有下列情形的，行政机关及相关工作人员应承担相应责任：\n1.没有法律依据的；\n2.违反法定程序的。",
                        ""};
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) w.write(',');
                    w.write('"');
                    w.write(cells[c].replace("\"", "\"\""));
                    w.write('"');
                }
                w.write("\r\n");
            }
        }
    }

    private static String basis(Random r) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 2; k++) {
            String[] law = LAWS.get(r.nextInt(LAWS.size()));
            if (k > 0) b.append('\n');
            b.append('【').append(law[0]).append("】《").append(law[1]).append("》（").append(law[2]).append("）\n    第")
                    .append(NUMERALS[r.nextInt(NUMERALS.length)]).append("条");
            if (r.nextBoolean()) b.append("第").append(NUMERALS[r.nextInt(3)]).append("款");
            b.append("：违反本法规定，有下列行为之一的，由县级以上地方人民政府有关主管部门责令限期改正，处一万元以上五万元以下的罚款；"
                    + "情节严重的，责令停产停业整顿。");
        }
        return b.toString();
    }
}

package quanze.model;

/**
 * What kind of organisational unit an entry of {@code units:} is. The checks of {@code rules/organisation.drl} read
 * communities (their five bodies), intakes and information centres (the one complaint channel), and the kinds a
 * district has one of ({@link #onePerDistrict}).
 */
public enum UnitKind implements Keyed {
    /** An urban district (城区). */
    DISTRICT,
    /** A street office (街道办事处), the district's agency. */
    STREET_OFFICE,
    /** A community (社区) with its bodies. */
    COMMUNITY,
    /** A public institution (事业单位), counted with its posts (编制). */
    INSTITUTION,
    /** A district department (区直部门); {@code body} names the catalog body it is. */
    DEPARTMENT,
    /** A duty room (总值班室). */
    DUTY_ROOM,
    /** A place where complaints come in (民情快车, 区长信箱, a petition website). */
    INTAKE,
    /** The district information centre where every complaint is concentrated and answered (一个口子进出). */
    INFORMATION_CENTRE,
    /** Anything else (an industrial-park committee that took over an office's area). */
    OTHER;

    /** Kinds the reform wants exactly one of in each district: the merged duty room, the information centre. */
    public boolean onePerDistrict() {
        return this == DUTY_ROOM || this == INFORMATION_CENTRE;
    }
}

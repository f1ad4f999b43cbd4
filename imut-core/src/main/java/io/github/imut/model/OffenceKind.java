package io.github.imut.model;

/** The kind of criminal offence, as the dismissal rules distinguish it (PP 11/2017 Pasal 250 as amended by PP 17/2020). */
public enum OffenceKind {
    /** Kejahatan jabatan: a crime in office. */
    IN_OFFICE,
    /** Tindak pidana yang ada hubungannya dengan jabatan: a crime related to the position. */
    RELATED_TO_OFFICE,
    /** Pidana umum: an ordinary crime unrelated to the position. */
    GENERAL
}

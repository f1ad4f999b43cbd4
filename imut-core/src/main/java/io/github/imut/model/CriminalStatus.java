package io.github.imut.model;

/** Where the employee's criminal case stands (status perkara pidana). */
public enum CriminalStatus {
    /** Tersangka: a suspect, not detained. */
    SUSPECT,
    /** Ditahan: detained as a suspect or defendant. */
    DETAINED,
    /** Terdakwa: on trial, not detained. */
    DEFENDANT,
    /** Dipidana: sentenced by a final judgment (putusan berkekuatan hukum tetap, inkracht). */
    CONVICTED,
    /** Penyidikan dihentikan (SP3): the police stopped the investigation. */
    INVESTIGATION_STOPPED,
    /** Penuntutan dihentikan: the prosecutor stopped the prosecution. */
    PROSECUTION_STOPPED,
    /** Bebas or lepas dari segala tuntutan hukum: a final judgment acquits or releases from all charges. */
    ACQUITTED
}

/**
 * Appointment (pengangkatan) rules, module {@code imut.appointment}: the requirements of each position level
 * (catalogue table R1: JPT utama, madya, pratama; administrator, pengawas, pelaksana; JF by perpindahan), the
 * non-ASN ban, CPNS to PNS (probation, latsar, health) and the positions and ages open to PPPK. Requirements that
 * count years over several positions share {@code Experience} (overlap-free sums)
 * and {@code QualifyingTime}.
 */
package io.github.imut.rules.appointment;

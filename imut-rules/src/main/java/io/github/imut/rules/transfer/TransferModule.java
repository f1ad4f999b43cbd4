package io.github.imut.rules.transfer;

import io.github.imut.rules.StandardModule;
import java.util.List;

/**
 * Transfer (pemindahan: mutasi, rotasi, promosi). Rule module {@code imut.transfer}; found by
 * {@code Checker.Builder.discoverModules()}.
 */
public final class TransferModule extends StandardModule {
    /** Creates the module (called by {@link java.util.ServiceLoader}). */
    public TransferModule() {
        super("imut.transfer", List.of(new CpnsTransferRule()));
    }
}

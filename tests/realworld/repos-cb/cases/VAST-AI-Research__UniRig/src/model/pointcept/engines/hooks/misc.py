stub: upstream file of 16884 bytes

stub: upstream file of 8589 bytes

stub: upstream file of 13589 bytes

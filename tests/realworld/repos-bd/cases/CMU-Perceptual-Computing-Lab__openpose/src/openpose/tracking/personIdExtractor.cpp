stub: upstream file of 21589 bytes

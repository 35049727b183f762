stub: upstream file of 12458 bytes

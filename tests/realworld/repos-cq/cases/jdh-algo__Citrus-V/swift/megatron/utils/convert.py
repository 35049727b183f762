stub: upstream file of 8713 bytes

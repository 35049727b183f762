stub: upstream file of 6370 bytes

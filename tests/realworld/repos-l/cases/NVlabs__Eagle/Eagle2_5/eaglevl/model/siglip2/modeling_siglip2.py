stub: upstream file of 61413 bytes

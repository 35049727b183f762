stub: upstream file of 21160 bytes

stub: upstream file of 160 bytes

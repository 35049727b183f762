stub: upstream file of 8951 bytes

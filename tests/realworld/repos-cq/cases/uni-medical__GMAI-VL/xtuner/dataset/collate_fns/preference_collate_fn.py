stub: upstream file of 4124 bytes

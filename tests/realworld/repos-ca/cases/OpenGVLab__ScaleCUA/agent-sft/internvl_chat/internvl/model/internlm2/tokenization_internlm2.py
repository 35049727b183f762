stub: upstream file of 8940 bytes

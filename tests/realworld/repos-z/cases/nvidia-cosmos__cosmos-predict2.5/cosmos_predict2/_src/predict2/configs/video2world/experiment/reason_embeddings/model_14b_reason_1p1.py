stub: upstream file of 15370 bytes

stub: upstream file of 16370 bytes

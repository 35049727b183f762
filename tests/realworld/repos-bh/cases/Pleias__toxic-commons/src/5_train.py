stub: upstream file of 14370 bytes

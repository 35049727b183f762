stub: upstream file of 11190 bytes

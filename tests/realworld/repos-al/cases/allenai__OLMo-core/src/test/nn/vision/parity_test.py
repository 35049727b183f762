stub: upstream file of 11100 bytes

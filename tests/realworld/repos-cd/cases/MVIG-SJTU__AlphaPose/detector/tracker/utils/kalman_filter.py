stub: upstream file of 8014 bytes

stub: upstream file of 50400 bytes

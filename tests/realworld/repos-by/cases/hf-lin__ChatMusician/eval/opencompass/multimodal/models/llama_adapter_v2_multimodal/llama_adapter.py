stub: upstream file of 11184 bytes

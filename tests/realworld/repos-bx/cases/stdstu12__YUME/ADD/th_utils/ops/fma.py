stub: upstream file of 2047 bytes

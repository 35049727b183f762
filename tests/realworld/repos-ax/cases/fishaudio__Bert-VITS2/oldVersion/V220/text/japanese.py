stub: upstream file of 11994 bytes

stub: upstream file of 4205 bytes

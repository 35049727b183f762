stub: upstream file of 7205 bytes

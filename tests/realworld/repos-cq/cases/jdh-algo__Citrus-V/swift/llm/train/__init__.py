stub: upstream file of 205 bytes

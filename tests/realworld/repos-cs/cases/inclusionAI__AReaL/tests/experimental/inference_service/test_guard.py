stub: upstream file of 12303 bytes

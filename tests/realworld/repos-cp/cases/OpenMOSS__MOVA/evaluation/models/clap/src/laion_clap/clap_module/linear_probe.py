stub: upstream file of 2204 bytes

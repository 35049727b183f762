stub: upstream file of 34204 bytes

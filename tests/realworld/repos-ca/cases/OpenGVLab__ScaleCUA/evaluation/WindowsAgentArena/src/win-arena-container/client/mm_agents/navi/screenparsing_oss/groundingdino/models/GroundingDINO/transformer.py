stub: upstream file of 37324 bytes

stub: upstream file of 296073 bytes

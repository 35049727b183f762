stub: upstream file of 808302 bytes

stub: upstream file of 7413 bytes

stub: upstream file of 4334 bytes

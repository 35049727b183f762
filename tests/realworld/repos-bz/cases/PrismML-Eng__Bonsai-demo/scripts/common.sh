stub: upstream file of 12332 bytes

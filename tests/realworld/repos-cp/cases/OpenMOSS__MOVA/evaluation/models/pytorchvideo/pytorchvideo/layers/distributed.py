stub: upstream file of 4263 bytes

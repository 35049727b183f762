stub: upstream file of 7285 bytes

stub: upstream file of 4325 bytes

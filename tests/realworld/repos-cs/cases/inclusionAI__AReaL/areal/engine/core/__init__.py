stub: upstream file of 325 bytes

stub: upstream file of 2325 bytes

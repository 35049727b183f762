stub: upstream file of 23238 bytes

stub: upstream file of 8155 bytes

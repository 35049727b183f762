stub: upstream file of 4963 bytes

stub: upstream file of 2260 bytes

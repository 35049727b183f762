stub: upstream file of 2110 bytes

stub: upstream file of 3667 bytes

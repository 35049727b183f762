stub: upstream file of 11131 bytes

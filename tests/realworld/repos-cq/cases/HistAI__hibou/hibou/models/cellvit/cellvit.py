stub: upstream file of 36146 bytes

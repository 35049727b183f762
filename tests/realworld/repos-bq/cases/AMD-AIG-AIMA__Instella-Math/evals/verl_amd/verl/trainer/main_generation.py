stub: upstream file of 9657 bytes

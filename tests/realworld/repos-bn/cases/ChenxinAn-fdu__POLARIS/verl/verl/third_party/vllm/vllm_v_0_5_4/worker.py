stub: upstream file of 14880 bytes

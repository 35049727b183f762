stub: upstream file of 18128 bytes

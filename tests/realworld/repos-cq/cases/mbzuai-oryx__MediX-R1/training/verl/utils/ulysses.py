stub: upstream file of 11880 bytes

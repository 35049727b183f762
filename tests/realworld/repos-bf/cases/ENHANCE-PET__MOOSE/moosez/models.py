stub: upstream file of 17487 bytes

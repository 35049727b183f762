stub: upstream file of 17948 bytes

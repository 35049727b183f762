stub: upstream file of 16871 bytes

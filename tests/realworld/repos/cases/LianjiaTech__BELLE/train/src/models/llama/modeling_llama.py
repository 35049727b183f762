stub: upstream file of 48895 bytes

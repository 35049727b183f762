stub: upstream file of 313 bytes

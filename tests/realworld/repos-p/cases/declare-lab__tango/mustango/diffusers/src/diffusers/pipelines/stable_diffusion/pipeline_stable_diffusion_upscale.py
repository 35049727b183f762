stub: upstream file of 31970 bytes

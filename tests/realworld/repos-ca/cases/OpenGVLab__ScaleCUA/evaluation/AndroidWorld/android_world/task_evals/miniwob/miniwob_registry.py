stub: upstream file of 7504 bytes

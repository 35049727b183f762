stub: upstream file of 8932 bytes

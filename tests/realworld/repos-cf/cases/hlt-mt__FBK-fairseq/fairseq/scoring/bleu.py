stub: upstream file of 5347 bytes

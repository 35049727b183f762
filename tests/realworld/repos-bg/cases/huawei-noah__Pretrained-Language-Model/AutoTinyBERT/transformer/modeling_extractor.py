stub: upstream file of 34346 bytes

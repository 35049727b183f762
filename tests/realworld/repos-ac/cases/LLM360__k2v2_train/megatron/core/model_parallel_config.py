stub: upstream file of 16343 bytes

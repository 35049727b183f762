stub: upstream file of 10469 bytes

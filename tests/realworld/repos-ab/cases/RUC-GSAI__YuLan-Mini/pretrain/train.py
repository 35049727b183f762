stub: upstream file of 33975 bytes

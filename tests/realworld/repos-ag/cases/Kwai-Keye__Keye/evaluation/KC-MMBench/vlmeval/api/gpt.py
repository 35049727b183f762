stub: upstream file of 10975 bytes

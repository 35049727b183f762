stub: upstream file of 9313 bytes

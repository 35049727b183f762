stub: upstream file of 11509 bytes

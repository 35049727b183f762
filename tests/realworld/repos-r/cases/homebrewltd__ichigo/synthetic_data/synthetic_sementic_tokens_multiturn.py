stub: upstream file of 9502 bytes

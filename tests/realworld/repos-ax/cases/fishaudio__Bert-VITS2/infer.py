stub: upstream file of 13960 bytes

stub: upstream file of 11908 bytes

stub: upstream file of 31212 bytes

stub: upstream file of 5908 bytes

stub: upstream file of 39908 bytes

stub: upstream file of 22267 bytes

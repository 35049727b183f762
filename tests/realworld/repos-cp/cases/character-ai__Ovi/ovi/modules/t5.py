stub: upstream file of 16983 bytes

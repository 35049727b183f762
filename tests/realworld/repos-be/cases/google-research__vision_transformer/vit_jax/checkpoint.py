stub: upstream file of 11137 bytes

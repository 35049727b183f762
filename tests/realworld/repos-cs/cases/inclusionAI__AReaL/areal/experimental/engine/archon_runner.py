stub: upstream file of 11916 bytes

stub: upstream file of 38302 bytes

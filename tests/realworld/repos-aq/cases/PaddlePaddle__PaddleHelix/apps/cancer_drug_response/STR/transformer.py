stub: upstream file of 69916 bytes

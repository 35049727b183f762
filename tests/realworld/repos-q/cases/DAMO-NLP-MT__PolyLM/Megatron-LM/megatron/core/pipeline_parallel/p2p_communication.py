stub: upstream file of 22916 bytes

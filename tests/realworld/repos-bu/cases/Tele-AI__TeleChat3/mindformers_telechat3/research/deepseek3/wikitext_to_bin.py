stub: upstream file of 22031 bytes

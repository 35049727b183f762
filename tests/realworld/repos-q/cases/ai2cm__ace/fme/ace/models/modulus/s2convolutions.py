stub: upstream file of 18299 bytes

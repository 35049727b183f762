stub: upstream file of 12424 bytes

stub: upstream file of 4812 bytes

stub: upstream file of 11186 bytes

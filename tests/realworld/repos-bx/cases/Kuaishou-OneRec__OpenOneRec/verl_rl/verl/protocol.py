stub: upstream file of 36986 bytes

stub: upstream file of 60937 bytes

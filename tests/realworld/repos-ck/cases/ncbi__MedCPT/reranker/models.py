stub: upstream file of 880 bytes

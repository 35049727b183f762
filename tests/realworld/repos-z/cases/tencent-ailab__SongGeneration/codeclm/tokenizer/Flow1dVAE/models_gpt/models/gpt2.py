stub: upstream file of 88389 bytes

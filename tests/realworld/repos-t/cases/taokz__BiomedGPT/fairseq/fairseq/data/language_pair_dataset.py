stub: upstream file of 19032 bytes

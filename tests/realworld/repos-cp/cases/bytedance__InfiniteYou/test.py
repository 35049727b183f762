stub: upstream file of 5122 bytes

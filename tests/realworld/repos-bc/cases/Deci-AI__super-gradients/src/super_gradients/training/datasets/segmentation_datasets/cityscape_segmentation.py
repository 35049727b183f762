stub: upstream file of 8046 bytes

stub: upstream file of 107953 bytes

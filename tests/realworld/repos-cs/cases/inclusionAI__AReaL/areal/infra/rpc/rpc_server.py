stub: upstream file of 1831 bytes

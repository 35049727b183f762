stub: upstream file of 1821 bytes

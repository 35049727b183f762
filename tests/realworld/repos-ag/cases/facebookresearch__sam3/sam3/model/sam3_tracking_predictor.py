stub: upstream file of 68831 bytes

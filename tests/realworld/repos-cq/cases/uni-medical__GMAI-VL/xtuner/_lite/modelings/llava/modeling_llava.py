stub: upstream file of 31031 bytes

stub: upstream file of 28910 bytes

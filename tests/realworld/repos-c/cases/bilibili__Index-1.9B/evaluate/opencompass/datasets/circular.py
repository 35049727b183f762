stub: upstream file of 15035 bytes

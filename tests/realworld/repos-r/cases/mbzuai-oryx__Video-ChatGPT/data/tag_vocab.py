stub: upstream file of 53144 bytes

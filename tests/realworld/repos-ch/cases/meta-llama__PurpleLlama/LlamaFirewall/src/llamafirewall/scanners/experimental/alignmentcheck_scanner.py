stub: upstream file of 10144 bytes

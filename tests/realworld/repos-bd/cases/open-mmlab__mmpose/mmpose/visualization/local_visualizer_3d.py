stub: upstream file of 29095 bytes

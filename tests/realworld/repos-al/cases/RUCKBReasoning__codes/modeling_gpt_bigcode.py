stub: upstream file of 52375 bytes

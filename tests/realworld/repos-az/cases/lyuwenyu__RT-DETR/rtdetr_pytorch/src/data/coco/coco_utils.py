stub: upstream file of 6442 bytes

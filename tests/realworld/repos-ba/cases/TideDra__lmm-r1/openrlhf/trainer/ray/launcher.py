stub: upstream file of 14569 bytes

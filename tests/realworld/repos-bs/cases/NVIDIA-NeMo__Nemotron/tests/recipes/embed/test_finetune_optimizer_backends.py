stub: upstream file of 5948 bytes

stub: upstream file of 6965 bytes

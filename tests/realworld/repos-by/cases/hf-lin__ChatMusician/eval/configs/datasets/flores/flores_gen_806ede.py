stub: upstream file of 7977 bytes

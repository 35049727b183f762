stub: upstream file of 7429 bytes

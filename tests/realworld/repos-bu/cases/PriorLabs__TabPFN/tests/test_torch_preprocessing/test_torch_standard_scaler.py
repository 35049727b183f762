stub: upstream file of 5001 bytes

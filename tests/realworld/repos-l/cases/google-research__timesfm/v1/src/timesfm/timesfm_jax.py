stub: upstream file of 12707 bytes

stub: upstream file of 9218 bytes

stub: upstream file of 9598 bytes

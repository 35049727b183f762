stub: upstream file of 32612 bytes

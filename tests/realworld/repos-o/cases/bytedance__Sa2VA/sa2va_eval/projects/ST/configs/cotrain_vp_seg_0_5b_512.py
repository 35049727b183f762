stub: upstream file of 18524 bytes

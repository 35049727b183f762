stub: upstream file of 9268 bytes

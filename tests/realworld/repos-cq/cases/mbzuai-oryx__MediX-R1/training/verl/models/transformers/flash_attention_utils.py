stub: upstream file of 7268 bytes

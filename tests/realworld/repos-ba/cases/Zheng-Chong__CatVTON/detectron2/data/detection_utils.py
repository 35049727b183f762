stub: upstream file of 23268 bytes

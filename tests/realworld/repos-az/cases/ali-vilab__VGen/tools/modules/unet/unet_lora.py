stub: upstream file of 57268 bytes

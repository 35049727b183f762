stub: upstream file of 13258 bytes

stub: upstream file of 30092 bytes

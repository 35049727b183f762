stub: upstream file of 5002 bytes

stub: upstream file of 59248 bytes

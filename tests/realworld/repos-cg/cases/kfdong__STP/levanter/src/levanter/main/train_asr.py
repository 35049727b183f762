stub: upstream file of 8992 bytes

stub: upstream file of 16786 bytes

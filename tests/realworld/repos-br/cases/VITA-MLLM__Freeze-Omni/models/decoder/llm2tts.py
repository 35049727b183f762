stub: upstream file of 7368 bytes

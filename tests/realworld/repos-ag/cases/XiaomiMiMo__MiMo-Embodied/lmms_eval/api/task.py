stub: upstream file of 70958 bytes

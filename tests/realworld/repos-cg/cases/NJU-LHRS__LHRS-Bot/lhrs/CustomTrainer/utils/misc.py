stub: upstream file of 4207 bytes

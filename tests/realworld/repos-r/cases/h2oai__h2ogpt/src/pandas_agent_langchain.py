stub: upstream file of 13537 bytes

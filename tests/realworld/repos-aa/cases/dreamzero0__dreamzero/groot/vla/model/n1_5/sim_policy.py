stub: upstream file of 50968 bytes

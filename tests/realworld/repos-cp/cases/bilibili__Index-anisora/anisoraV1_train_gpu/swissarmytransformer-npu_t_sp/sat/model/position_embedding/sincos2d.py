stub: upstream file of 4078 bytes
